import type { Messages } from '../types';

export const progressFr: Messages['progress'] = {
  starting: 'Démarrage…',
  counts: '{done} sur {total}',
  countsOf: {
    pages: { one: '{done} sur {count} page', other: '{done} sur {count} pages' },
    rows: { one: '{done} sur {count} ligne', other: '{done} sur {count} lignes' },
    sheets: { one: '{done} sur {count} feuille', other: '{done} sur {count} feuilles' },
  },
  eta: 'encore environ {time}',
  cancel: 'Annuler',
  phases: {
    read: 'Lecture des données',
    apply: 'Enregistrement des changements',
    index: 'Mise à jour de l’index de recherche',
    sheets: 'Écriture des feuilles',
    write: 'Écriture du fichier',
    copy: 'Copie de l’espace de travail',
    prepare: 'Préparation du téléchargement',
    projects: 'Création des projets',
    budget: 'Écriture des budgets',
    financing: 'Écriture des plans de financement',
    campaign: 'Création de la campagne et de ses contreparties',
    contributors: 'Ajout des contributeurs',
    pledges: 'Ajout des contributions',
    fulfillment: 'Préparation des envois',
    waiting: 'En attente de l’import en cours…',
    done: 'Terminé',
    cancelled: 'Annulé',
    failed: 'Interrompu',
  },
  operations: {
    export: 'Export du classeur budget',
    backup: 'Enregistrement d’une copie',
    demo: 'Création de la démo',
  },
  cancelOperation: {
    export: 'Annuler l’export',
    backup: 'Annuler la copie',
    demo: 'Annuler l’ouverture de la démo',
  },
  cancelled: {
    export: 'Export annulé : rien n’a été téléchargé.',
    backup: 'Copie annulée : aucun fichier n’a été écrit.',
    demo: 'Ouverture de la démo annulée : l’espace de travail actuel reste ouvert.',
  },
};
