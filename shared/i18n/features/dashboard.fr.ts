import type { Messages } from '../types';

/** Chaînes du tableau de bord (français). */
export const dashboardFr: Messages['dashboard'] = {
  title: 'Tableau de bord',
  subtitle: 'Où en est {title} : budget, financement, plafond participatif et lancement.',
  noProject: {
    title: 'Aucun projet pour l’instant',
    body: 'Créez un projet pour voir ici son budget, son financement et son plafond participatif.',
  },
  noBudget:
    'Pas encore de budget : ajoutez des lignes au devis pour comparer le financement au budget.',
  tiles: {
    label: 'Chiffres clés',
    budget: 'Budget',
    chapters: {
      zero: 'Aucun chapitre',
      one: '{count} chapitre',
      other: '{count} chapitres',
    },
    secured: 'Acquis',
    securedNote: '{percent} du budget · seuil {threshold} ({thresholdPercent})',
    pending: 'En attente',
    pendingNote: 'Sources prévues, pas encore confirmées',
    declinedNote: 'Sources prévues, pas encore confirmées · {declined} refusés',
    crowd: 'Part participative',
    crowdNote: 'plafond {cap} ({percent}) · marge {room}',
    crowdOverNote: 'plafond {cap} ({percent}) · objectifs au-delà du plafond de {over}',
    gap: 'Reste à financer',
    gapClosed: 'Plan bouclé',
    gapExceeds: 'Le plan dépasse le budget de {amount}',
    gapNote: 'Budget − acquis − en attente − part participative',
    net: 'Net participatif après frais',
    netNote: 'collecté {collected} − frais {costs}',
  },
  mix: {
    title: 'Répartition du financement',
    caption: 'Anneau extérieur : nature de la source. Anneau intérieur : statut.',
    summary: 'Répartition du financement par nature et statut : {parts}.',
    summaryPart: '{kind} {amount} ({percent} du budget)',
    summaryEmpty: 'Répartition du financement : aucune source pour l’instant.',
    empty: 'Aucune source de financement pour l’instant.',
    statusLegend: 'Statut',
    kindLegend: 'Nature de la source',
    declined: 'Refusé, hors plan : {amount}',
    crowd: 'Part participative',
  },
  kinds: {
    producer: 'Apport producteur',
    coproduction: 'Coproduction',
    public_fund: 'CNC / fonds public',
    region: 'Région',
    sofica: 'SOFICA',
    tv_presale: 'Préachat TV',
    distributor_mg: 'MG distributeur',
    tax_credit: 'Crédit d’impôt',
    bank_loan: 'Prêt bancaire',
    sponsor: 'Partenaire',
    other: 'Autre',
  },
  statuses: {
    received: 'Reçu',
    confirmed: 'Confirmé',
    planned: 'Prévu',
    crowd: 'Participatif',
  },
  chapters: {
    title: 'Budget par chapitre',
    summary: 'Budget par chapitre : {parts}.',
    summaryPart: '{chapter} {amount}',
    empty: 'Aucune ligne de budget pour l’instant.',
    amount: 'Montant',
  },
  plan: {
    title: 'Financement face au budget',
    summary:
      'Financement face au budget de {budget} : acquis {secured}, en attente {pending}, participatif {crowd}, reste à financer {gap} ; seuil d’acquis {threshold}.',
    secured: 'Acquis',
    pending: 'En attente',
    crowd: 'Part participative',
    gap: 'Reste à financer',
    threshold: 'Seuil {percent}',
    thresholdLegend: 'Seuil d’acquis : {amount}',
    share: '{amount} ({percent})',
  },
  gauge: {
    title: 'Objectifs participatifs face au plafond',
    summary:
      'Objectifs participatifs {goal} pour un plafond de {cap} : marge {room} ; collecté {collected} ; au-delà du plafond {over}.',
    goal: 'Objectifs',
    room: 'Marge sous le plafond',
    over: 'Au-delà du plafond',
    collected: 'Collecté',
    surplus: 'Excédent hors plafond',
    cap: 'Plafond ({percent} du budget)',
    ofCap: 'du plafond',
    noCap: 'Pas encore de plafond : il est une part du budget.',
  },
  readiness: {
    title: 'Prêt à lancer une campagne ?',
    ready: 'Prêt : la campagne peut être lancée.',
    notReady: 'Pas encore prêt : voici ce qui manque.',
    ok: 'Fait',
    missing: 'Manquant',
    checks: {
      budget_not_empty: {
        ok: 'Le budget s’élève à {budget}.',
        missing: 'Le budget est vide : ajoutez d’abord des lignes au devis.',
      },
      secured_threshold: {
        ok: 'Le financement acquis ({secured}) atteint {percent} du budget ({threshold}).',
        missing:
          'Le financement acquis ({secured}) est sous {percent} du budget ({threshold}) : il manque {missing}.',
      },
      plan_closes: {
        ok: 'Le plan de financement est bouclé.',
        missing: 'Le plan de financement n’est pas bouclé : il manque {missing}.',
      },
    },
  },
  warnings: {
    title: 'Alertes',
    crowd_goals_over_cap:
      'Les objectifs participatifs ({goal}) dépassent le plafond de {cap} ({percent} du budget) de {amount}. Baissez un objectif ou augmentez le budget.',
    over_cap_surplus:
      '{amount} de la collecte dépassent le plafond ({cap}) et ne comptent pas dans le plan.',
    plan_exceeds_budget: 'Le plan de financement dépasse le budget de {amount}.',
    campaign_currency_mismatch:
      'La campagne « {title} » est en {campaignCurrency} mais le projet est tenu en {projectCurrency} : ses montants sont additionnés sans conversion.',
  },
};
