import type { Messages } from '../types';

/** Chaînes de l’écran Exports (français). */
export const exportsFr: Messages['exports'] = {
  title: 'Exports',
  subtitle: 'Les classeurs Excel de {title} pour le comptable et l’assistant de production.',
  noProject: {
    title: 'Aucun projet pour l’instant',
    body: 'Créez un projet pour exporter ses classeurs.',
  },
  listLabel: 'Classeurs',
  sheets: 'Feuilles',
  later: 'Dans une prochaine version',
  budget: {
    title: 'Classeur budget',
    body: 'Pour le comptable et le producteur : la récapitulation par chapitre, le détail du devis, le plan de financement avec le reste à financer, et le participatif (objectif, plafond, frais, coût des contreparties, net). Les totaux sont de vraies formules Excel.',
    download: 'Télécharger le classeur budget',
    busy: 'Préparation du classeur…',
    done: '« {fileName} » téléchargé.',
    failed: 'Le classeur n’a pas pu être créé. {message}',
    sheetNames: {
      top: 'Récapitulatif',
      detail: 'Devis détaillé',
      plan: 'Plan de financement',
      crowd: 'Financement participatif',
    },
  },
  fulfillment: {
    title: 'Classeur des envois',
    body: 'Pour l’assistant de production : une ligne par contrepartie à envoyer avec adresse, article, statut, transporteur et numéro de suivi, une liste de préparation par article, la liste du générique et les adresses manquantes.',
    download: 'Télécharger le classeur des envois',
  },
  accounting: {
    title: 'Classeur comptable',
    body: 'Pour le comptable : le registre des contributions (date, contributeur, campagne, montant, commission, frais de paiement, net, statut, remboursements) et les totaux mensuels.',
    download: 'Télécharger le classeur comptable',
  },
};
