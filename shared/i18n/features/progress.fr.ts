import type { Messages } from '../types';

export const progressFr: Messages['progress'] = {
  starting: 'Démarrage…',
  counts: '{done} sur {total}',
  eta: 'encore environ {time}',
  cancel: 'Annuler',
};
