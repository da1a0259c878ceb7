import type { Messages } from '../types';
import { importErrorsFr } from './importErrors.fr';

/** French refusals of the services and the contract; see `errors.en.ts`. */
export const apiErrorsFr: Messages['apiErrors'] = {
  validation: {
    required: 'est obligatoire',
    tooLong: 'doit faire au plus {maximum} caractères',
    notNegative: 'ne doit pas être négatif',
    moreThanZero: 'doit être supérieur à zéro',
    notEmpty: 'ne doit pas être vide',
    isEmpty: 'est vide',
    atLeast: 'doit être au moins {minimum}',
    atMost: 'doit être au plus {maximum}',
    atLeastDays: 'doit durer au moins {minimum} jour',
    atMostDays: 'doit durer au plus {maximum} jours',
    currency: 'doit être un code ISO 4217 de trois lettres, comme EUR',
    country: 'doit être un code ISO 3166 de deux lettres, comme FR, ou rester vide',
    email: 'doit être une adresse e-mail comme nom@exemple.com',
    namesColumn: 'doit nommer une colonne',
    needsFile: 'demande au moins un fichier',
    fileTooLarge: 'est trop volumineux (30 Mo environ au plus)',
    wholeDays: 'doit être un nombre entier de jours',
    notNegativeCost: 'ne doit pas être négatif (une ligne de budget coûte de l’argent)',
    contributorOrNew:
      'indiquez soit contributorId (un contributeur existant), soit contributor (un nouveau)',
    includesBonusShipping: 'doit inclure le bonus et la livraison (montant ≥ bonus + livraison)',
    listedTwice: 'figure deux fois',
    monthOrDate: 'doit être un mois AAAA-MM ou une date AAAA-MM-JJ',
    wholeNumber: 'doit être un nombre entier',
    wholeBasisPoints: 'doit être un nombre entier de points de base',
    workspace: {
      notAName: 'doit être un nom, pas un chemin : sans les caractères / \\ : * ? " < > |',
      dots: 'ne doit pas commencer par un point ni contenir « .. »',
      nameTaken: 'un espace de travail porte déjà ce nom',
      notAbsolute: 'indiquez le chemin complet du fichier, par exemple /home/moi/Ardoise.copro',
      notCopro: 'un fichier d’espace de travail se termine par .copro',
      noSuchFile: 'aucun fichier à ce chemin',
      folder: 'c’est un dossier, pas un fichier d’espace de travail',
      emptyFile: 'le fichier est vide : ce n’est pas un espace de travail',
    },
  },
  ...importErrorsFr,
  invalidInput: 'Saisie invalide pour {channel} : {details}',
  unknownChannel: 'Action inconnue « {channel} ».',
  brokeRule: 'La modification enfreint une règle de l’espace de travail : {detail}',
  missing: {
    project: 'Le projet {id} n’existe pas.',
    budgetChapter: 'Le chapitre de budget {id} n’existe pas.',
    budgetLine: 'La ligne de budget {id} n’existe pas.',
    financingSource: 'La source de financement {id} n’existe pas.',
    campaign: 'La campagne {id} n’existe pas.',
    rewardTier: 'Le palier de contrepartie {id} n’existe pas.',
    rewardItem: 'L’article de contrepartie {id} n’existe pas.',
    contributor: 'Le contributeur {id} n’existe pas.',
    contribution: 'La contribution {id} n’existe pas.',
  },
  noSuch: {
    project: 'aucun projet avec l’identifiant {id}',
    budgetChapter: 'aucun chapitre de budget avec l’identifiant {id}',
    budgetLine: 'aucune ligne de budget avec l’identifiant {id}',
    financingSource: 'aucune source de financement avec l’identifiant {id}',
    campaign: 'aucune campagne avec l’identifiant {id}',
    rewardTier: 'aucun palier de contrepartie avec l’identifiant {id}',
    rewardItem: 'aucun article de contrepartie avec l’identifiant {id}',
    contributor: 'aucun contributeur avec l’identifiant {id}',
    contribution: 'aucune contribution avec l’identifiant {id}',
  },
  chapterOfOtherProject:
    'Le chapitre de budget {chapterId} appartient à un autre projet que le projet {projectId}.',
  notChapterOfProject: 'le chapitre {chapterId} n’est pas un chapitre du projet {projectId}',
  currencyMismatch: {
    sourceAmount:
      'Un montant de source en {currency} ne peut pas rejoindre le projet « {title} », tenu en {projectCurrency} : le plan de financement additionne les montants sans taux de change.',
    campaign:
      'Une campagne en {currency} ne peut pas rejoindre le projet « {title} », tenu en {projectCurrency} : le plan de financement additionne les montants sans taux de change.',
  },
  mustBeCurrency: 'doit être la devise du projet, {projectCurrency}, et non {currency}',
  chapterCodeTaken: 'Le budget a déjà un chapitre de code « {code} ».',
  chapterCodeUsed: 'le code de chapitre « {code} » est déjà utilisé dans ce budget',
  lineTooLarge:
    'Le montant de la ligne, quantité {quantity} × rateCents {rateCents}, dépasse le plus grand montant possible ({max} centimes).',
  budgetTooLarge:
    'Avec cette ligne, le total du budget dépasserait le plus grand montant possible ({max} centimes) : baissez rateCents ou la quantité.',
  amountTooLarge: 'rend le montant trop grand',
  receivedDateOnlyReceived:
    'Une source au statut « {status} » n’a pas de date de réception : passez-la au statut « reçu » ou laissez receivedOn vide.',
  onlyReceivedHasDate: 'seule une source reçue a une date de réception',
  goalOverCap:
    'L’objectif de {goal} dépasse le plafond participatif : plafond {cap} ({percent} du budget), marge restante {room}.',
  goalOverCapWithOthers:
    'L’objectif de {goal} dépasse le plafond participatif : plafond {cap} ({percent} du budget), marge restante {room} (les autres campagnes du projet prennent déjà {others}).',
  statusFinal: 'Une campagne {from} ne peut pas devenir {to} : son statut est définitif.',
  statusCanBecome: 'Une campagne {from} ne peut pas devenir {to} : elle peut devenir {options}.',
  cannotGoFromTo: 'ne peut pas passer de {from} à {to}',
  liveHasContributions: {
    one: 'Cette campagne en cours a déjà {count} contribution : elle ne peut pas revenir au brouillon.',
    other:
      'Cette campagne en cours a déjà {count} contributions : elle ne peut pas revenir au brouillon.',
  },
  contributionsBlockDraft: 'une campagne qui a des contributions ne peut pas revenir au brouillon',
  endsBeforeStart: 'La campagne finit ({endsOn}) avant de commencer ({startsOn}).',
  mustBeAfterStart: 'doit être après startsOn {startsOn}',
  tooLongCampaign:
    'La campagne durerait {days} jours (du {startsOn} au {endsOn}) ; sa plateforme permet au plus {maxDays} jours.',
  atMostDaysAfterStart: 'doit être au plus {maxDays} jours après startsOn',
  modelLocked:
    'La campagne est terminée ({status}) : son modèle ({model}) a décidé du résultat et ne peut plus changer.',
  modelLockedField: 'ne peut plus changer une fois la campagne terminée ({status})',
  damaged:
    '{fileName} est endommagé ou n’est pas un espace de travail Copro ({detail}) ; il n’a pas été modifié.',
  noWorkspaceAt: 'Aucun espace de travail à {path}.',
  notCopro:
    '{fileName} est une base SQLite mais pas un espace de travail Copro ; il n’a pas été modifié.',
  tooNew:
    '{fileName} a été écrit par une version plus récente de Copro (schéma {version} ; cette version lit jusqu’au {latest}). Mettez Copro à jour pour l’ouvrir ; le fichier n’a pas été modifié.',
  backupOverItself: 'Une sauvegarde ne peut pas écraser son propre espace de travail ({path}).',
  noFolder: 'Le dossier {path} n’existe pas.',
  tooLargeToDownload:
    '{fileName} est trop volumineux pour être téléchargé depuis le navigateur ({megabytes} Mo) : lancez « copro backup » pour le copier.',
  browserClosing: 'Le mode navigateur se ferme : aucun espace de travail n’est ouvert.',
  noWorkspaceOpen: 'Aucun espace de travail n’est ouvert.',
  busy: 'Une autre opération longue (un import) écrit dans l’espace de travail ; réessayez quand elle sera terminée.',
  jobStopped:
    'Le travail en arrière-plan ({job}) s’est arrêté de façon inattendue : {detail}. Rien n’a été écrit.',
  contributorMerged:
    'Le contributeur {id} (« {name} ») a été fusionné dans le contributeur {intoId} : utilisez celui-ci.',
  contributorMergedField: 'le contributeur {id} a été fusionné dans {intoId}',
  emailTaken:
    'Un contributeur avec l’e-mail {email} existe déjà ({id}, « {name} ») : choisissez-le plutôt que de créer un doublon.',
  emailTakenField: 'déjà l’e-mail du contributeur {id}',
  mergeWithItself: 'Un contributeur ne peut pas être fusionné avec lui-même ({id}).',
  mergeWithItselfField: 'doit être un autre contributeur que keepId',
  rewardItemMissing: 'L’article de contrepartie {id} n’existe pas.',
  itemOfOtherProject:
    'L’article de contrepartie {id} (« {name} ») appartient à un autre projet que celui de cette campagne.',
  itemOfOtherProjectField: 'l’article {id} n’est pas un article du projet {projectId}',
  tierLimitBelowHeld:
    'Le palier « {title} » a déjà {held} contributions : sa limite ne peut pas descendre à {limit}.',
  tierLimitBelowHeldField:
    'doit être au moins {held}, les contributions qui tiennent déjà le palier',
  openOnlyInApp:
    '{channel} agit sur l’espace de travail ouvert dans l’application : utilisez-le depuis l’application ou le mode navigateur (copro web), pas sur un fichier isolé.',
  exportChanged:
    'Le projet {id} a changé pendant la lecture de son classeur de budget : exportez-le de nouveau.',
  outputMismatch: 'La sortie de {channel} ne respecte pas le contrat : {details}',
  damagedDetail: {
    tooSmall: { one: 'seulement {count} octet', other: 'seulement {count} octets' },
    notSqlite: 'pas un fichier SQLite',
    truncated: 'tronqué',
    folder: 'un dossier, pas un fichier',
    integrity: 'contrôle d’intégrité : {result}',
  },
  workspaceName: 'Le nom de l’espace de travail {detail}.',
  workspaceExists: '{file} existe déjà dans {folder} : choisissez un autre nom, ou ouvrez-le.',
  workspacePath: '{path} : {detail}.',
  demoExists: '{file} existe déjà ; il n’a pas été modifié.',
  copyCancelled: 'La copie a été annulée : aucun fichier n’a été écrit.',
  demoCancelled: 'La création de la démo a été annulée : rien n’a été écrit.',
  operationCancelled: 'L’opération a été annulée : rien n’a été écrit.',
  jobWithoutWorkspace: 'La tâche {name} n’a pas d’espace de travail sur lequel agir.',
  goalOverCapField: 'Au-delà du plafond participatif : plafond {cap}, marge restante {room}.',
  cannotGoLive: 'La campagne ne peut pas encore être lancée. {missing}',
  notReadyField: 'pas prête à être lancée : {missing}',
  notReady: {
    budgetEmpty:
      'Le budget est vide : ajoutez des lignes de budget avant de préparer le financement.',
    secured:
      'Le financement acquis {secured} est sous {percent} du budget ({threshold}) : il manque {missing}.',
    planOpen:
      'Le plan de financement n’est pas bouclé : il manque {missing} (budget {budget} − acquis {secured} − en attente {pending} − participatif {crowd}).',
  },
  fulfillmentMissing: 'La ligne d’envoi {id} n’existe pas',
  fulfillmentNoSuch: 'aucune ligne d’envoi avec l’identifiant {id}',
  fulfillmentLine: 'Ligne d’envoi : {detail}',
  fulfillment: {
    notShipped: '« {item} » ne s’expédie pas (rien à envoyer)',
    cannotGo: 'une ligne ne peut pas passer de {from} à {to}',
    deliveredBeforeShipped: 'livrée le {deliveredOn}, avant son expédition ({shippedOn})',
  },
  pledge: {
    tierOfOtherCampaign: 'Le palier de contrepartie « {title} » appartient à une autre campagne.',
    tierOfOtherCampaignField: 'le palier {tierId} n’est pas un palier de la campagne {campaignId}',
    addonNotTier:
      '« {title} » est un supplément, pas un palier de contrepartie qu’une contribution peut choisir.',
    addonNotTierField: 'le palier {tierId} est un supplément',
    belowMinimum:
      'Le palier « {title} » demande au moins {minimum} ; cette contribution apporte {brought} (hors livraison).',
    belowMinimumField: 'doit être au moins le minimum du palier, {minimum}, plus la livraison',
    soldOut: 'Le palier « {title} » est épuisé ({held} sur {limit} pris).',
    soldOutField: 'plus de place : {held} sur {limit} pris',
    campaignFailed: 'La campagne « {title} » a échoué : elle ne prend plus de contributions.',
    campaignFailedField: 'la campagne {id} a échoué',
    otherCurrency:
      'La campagne « {title} » est en {campaignCurrency} ; un montant en {currency} ne peut pas y être ajouté.',
    otherCurrencyField: 'doit être la devise de la campagne, {campaignCurrency}',
    referenceTaken: 'La référence « {reference} » est déjà enregistrée dans cette campagne.',
    referenceTakenField: 'déjà la référence de la contribution {id}',
    contributorMerged: 'Le contributeur {id} a été fusionné dans {intoId}.',
    contributorMergedField: 'utilisez le contributeur {intoId}',
    needsContributor: 'Une contribution a besoin d’un contributeur.',
    refundOverPledge:
      'Un remboursement ne peut pas dépasser la contribution : {refunded} > {amount}.',
    refundOverPledgeField: 'doit être au plus le montant, {amount}',
    wholeRefundStatus:
      'Tout le montant est remboursé : le statut doit être refunded, pas {status}.',
    statusCanBecome:
      'Une contribution {from} ne peut pas devenir {to} : depuis {from}, elle peut devenir {options}.',
    statusFinal: 'Une contribution {from} ne peut pas devenir {to} : {from} est définitif.',
    refundedFinal:
      'Une contribution remboursée est définitive : son remboursement ne peut plus changer.',
    partialRefund:
      'Le statut refunded signifie que tout le montant ({amount}) a été rendu ; après un remboursement partiel ({refunded}), la contribution reste collected ou refund_due.',
    partialRefundField: 'doit être le montant entier, {amount}, pour le statut refunded',
    notRefundable: 'Seul l’argent encaissé peut être remboursé ; cette contribution est {status}.',
    refundNeedsDate: 'Un remboursement a besoin de sa date.',
    refundNeedsDateField: 'est obligatoire quand de l’argent est remboursé',
  },
  importHasErrors: {
    one: 'Rien n’a été importé : {count} erreur à corriger d’abord.',
    other: 'Rien n’a été importé : {count} erreurs à corriger d’abord.',
  },
  importHasErrorsFirst: {
    one: 'Rien n’a été importé : {count} erreur à corriger d’abord. La première : {file}, ligne {line} : {detail}',
    other:
      'Rien n’a été importé : {count} erreurs à corriger d’abord. La première : {file}, ligne {line} : {detail}',
  },
};
