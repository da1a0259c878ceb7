import { budgetFr } from './features/budget.fr';
import { budgetImportFr } from './features/budgetImport.fr';
import { campaignsFr } from './features/campaigns.fr';
import { contributorsFr } from './features/contributors.fr';
import { dashboardFr } from './features/dashboard.fr';
import { apiErrorsFr } from './features/errors.fr';
import { exportsFr } from './features/exports.fr';
import { financingFr } from './features/financing.fr';
import { fulfillmentFr } from './features/fulfillment.fr';
import { pledgesFr } from './features/pledges.fr';
import { importsFr } from './features/imports.fr';
import { progressFr } from './features/progress.fr';
import { workspaceFr } from './features/workspace.fr';
import type { Messages } from './types';

/** French strings. Typed against the English shape: the same keys, no more, no fewer. */
export const fr: Messages = {
  app: {
    name: 'Copro',
    loading: 'Chargement…',
    retry: 'Réessayer',
    loadFailed: 'Impossible de charger cet écran : {message}',
    skipToContent: 'Aller au contenu',
  },
  nav: {
    label: 'Navigation principale',
    projects: 'Projets',
    dashboard: 'Tableau de bord',
    budget: 'Budget',
    financing: 'Financement',
    campaigns: 'Campagnes',
    contributors: 'Contributeurs',
    fulfillment: 'Envois',
    exports: 'Exports',
  },
  topBar: {
    workspace: 'Fichier de travail',
    currentProject: 'Projet en cours',
    noProject: 'Aucun projet',
    chooseProject: 'Choisir un projet…',
    saved: 'Enregistré',
    autoSave: 'Enregistrement automatique',
    saving: 'Enregistrement…',
    saveFailed: 'Dernière modification non enregistrée',
    savedHint:
      'Chaque modification est écrite dans le fichier de travail au fur et à mesure : pas besoin d’enregistrer.',
    language: 'Langue',
  },
  languages: {
    en: 'English',
    fr: 'Français',
  },
  areas: {
    comingSoon: 'Disponible dans une prochaine version de Copro',
    goToProjects: 'Aller aux projets',
    dashboard: {
      title: 'Tableau de bord',
      body: 'L’état du projet en cours d’un coup d’œil : budget, financement acquis, objectif participatif face au plafond, et avancement des campagnes.',
    },
    budget: {
      title: 'Budget',
      body: 'Le devis : lignes quantité × taux regroupées en chapitres selon le modèle du CNC pour le long métrage, avec des chapitres personnalisés.',
    },
    financing: {
      title: 'Plan de financement',
      body: 'Les sources de financement et leur statut, ce qui est acquis et en attente, la part participative sous son plafond, et le reste à financer.',
    },
    campaigns: {
      title: 'Campagnes',
      body: 'Les campagnes de financement participatif : plateforme, objectif sous le plafond, dates, frais, contreparties et liste de contrôle avant lancement.',
    },
    contributors: {
      title: 'Contributeurs',
      body: 'Votre communauté, tous projets confondus : contributeurs, contributions et identifiants sur les plateformes, importés depuis leurs exports.',
    },
    fulfillment: {
      title: 'Envois des contreparties',
      body: 'Les contreparties à envoyer : quoi à qui, statuts, transporteurs, numéros de suivi et liste du générique.',
    },
    exports: {
      title: 'Exports',
      body: 'Des classeurs Excel pour le comptable et l’assistant de production : budget, plan de financement, registre des contributions, envois.',
    },
  },
  projects: {
    title: 'Projets',
    count: {
      zero: 'Aucun projet dans ce fichier',
      one: '{count} projet dans ce fichier',
      other: '{count} projets dans ce fichier',
    },
    new: 'Nouveau projet',
    listLabel: 'Projets du fichier',
    empty: {
      title: 'Aucun projet pour l’instant',
      body: 'Créez votre premier projet pour commencer son budget et son plan de financement.',
    },
    current: 'Projet en cours',
    makeCurrent: 'Choisir : {title}',
    makeCurrentShort: 'Choisir',
    edit: 'Réglages : {title}',
    editShort: 'Réglages',
    formats: {
      film: 'Long métrage',
      documentary: 'Documentaire',
      short: 'Court métrage',
      series: 'Série TV',
      web_series: 'Websérie',
      game: 'Jeu vidéo',
      album: 'Album',
      other: 'Autre',
    },
    figures: {
      label: 'Chiffres clés de {title}',
      budget: 'Budget',
      secured: 'Acquis',
      pending: 'En attente',
      crowd: 'Part participative',
      crowdOfCap: 'plafond {cap} ({percent})',
      gap: 'Reste à financer',
      closed: 'Plan bouclé',
      noBudget: 'Pas encore de budget',
      community: 'Communauté',
      contributors: {
        one: '{count} contributeur',
        other: '{count} contributeurs',
      },
      campaigns: {
        zero: 'Aucune campagne',
        one: '{count} campagne',
        other: '{count} campagnes',
      },
      barLabel:
        'Financement du budget : {secured} acquis, {pending} en attente, {crowd} participatif',
    },
    form: {
      createTitle: 'Nouveau projet',
      editTitle: 'Réglages de {title}',
      title: 'Titre',
      format: 'Format',
      currency: 'Devise',
      currencyHint: 'Code ISO 4217, par exemple EUR, USD ou GBP.',
      crowdCap: 'Plafond participatif (% du budget)',
      crowdCapHint: 'La part participative du plan de financement reste sous ce plafond.',
      threshold: 'Seuil de financement acquis (% du budget)',
      thresholdHint: 'Le financement à avoir acquis avant de pouvoir lancer une campagne.',
      currencyLocked: 'La devise est fixée à la création du projet.',
      create: 'Créer le projet',
      save: 'Enregistrer',
      cancel: 'Annuler',
      created: 'Projet « {title} » créé.',
      updated: 'Réglages de « {title} » enregistrés.',
      notSaved: 'Non enregistré. {message}',
    },
  },
  issues: {
    required: 'Obligatoire.',
    tooLong: '{max} caractères au maximum.',
    currency: 'Utilisez un code ISO 4217 à trois lettres, par exemple EUR.',
    percentFormat: 'Saisissez un pourcentage comme 5, 5,5 ou 5,25.',
    percentRange: 'Saisissez un pourcentage entre 0 et 100.',
    invalidOption: 'Choisissez l’une des options.',
  },
  errors: {
    validation: 'Certains champs sont à corriger.',
    unknown_channel: 'Cette version de Copro ne connaît pas cette action.',
    not_found: 'Cet élément n’existe plus : il a peut-être été supprimé.',
    conflict: 'La modification entre en conflit avec des données existantes.',
    cap_exceeded: 'Cela dépasserait le plafond participatif.',
    workspace_damaged: 'Le fichier de travail est endommagé.',
    workspace_too_new: 'Le fichier de travail a été écrit par une version plus récente de Copro.',
    workspace_missing: 'Le fichier de travail est introuvable.',
    unauthorized:
      'Le jeton d’accès de cette page manque ou a expiré : rouvrez Copro depuis la ligne de commande.',
    forbidden: 'Cette requête n’est pas autorisée.',
    internal: 'Une erreur s’est produite dans Copro.',
    cancelled: 'Annulé : rien n’a été écrit.',
    busy: 'Une autre opération longue écrit dans l’espace de travail : réessayez quand elle sera terminée.',
    network: 'Le serveur local de Copro ne répond pas. `copro web` tourne-t-il toujours ?',
  },
  apiErrors: apiErrorsFr,
  budget: budgetFr,
  budgetImport: budgetImportFr,
  campaigns: campaignsFr,
  contributors: contributorsFr,
  dashboard: dashboardFr,
  exports: exportsFr,
  financing: financingFr,
  fulfillment: fulfillmentFr,
  pledges: pledgesFr,
  imports: importsFr,
  progress: progressFr,
  workspace: workspaceFr,
};
