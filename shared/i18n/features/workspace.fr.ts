import type { Messages } from '../types';

/** Chaînes du menu Fichier de travail, de ses dialogues, du premier lancement et du titre. */
export const workspaceFr: Messages['workspace'] = {
  menu: {
    button: 'Fichier',
    label: 'Fichier de travail',
    new: 'Nouveau…',
    open: 'Ouvrir…',
    openRecent: 'Ouvrir un fichier récent',
    recentLabel: 'Fichiers récents',
    noRecent: 'Aucun fichier récent',
    missing: 'fichier introuvable',
    openDemo: 'Ouvrir la démo',
    saveCopy: 'Enregistrer une copie…',
  },
  busy: {
    opening: 'Ouverture du fichier…',
    copying: 'Préparation de la copie…',
  },
  failed: {
    open: 'Le fichier n’a pas été ouvert. {message}',
    copy: 'La copie n’a pas été faite. {message}',
    dismiss: 'Fermer',
  },
  newDialog: {
    title: 'Nouveau fichier de travail',
    name: 'Nom',
    nameHint:
      'Un fichier de travail vide portant ce nom est créé dans le dossier de données de Copro.',
    create: 'Créer le fichier',
    notCreated: 'Non créé. {message}',
  },
  openDialog: {
    title: 'Ouvrir un fichier de travail',
    path: 'Chemin du fichier',
    pathHint:
      'Le chemin complet d’un fichier .copro, par exemple /home/moi/Documents/Ardoise.copro.',
    open: 'Ouvrir',
    notOpened: 'Non ouvert. {message}',
    recentTitle: 'Fichiers récents',
    noRecent: 'Aucun fichier ouvert récemment.',
    openRecent: 'Ouvrir {name}',
    lastOpened: 'Ouvert le {date}',
    missing: 'Fichier introuvable',
    current: 'Ouvert en ce moment',
  },
  cancel: 'Annuler',
  firstRun: {
    title: 'Aucun projet pour l’instant',
    body: 'Commencez votre propre projet, ouvrez un fichier de travail existant, ou découvrez la démo.',
    create: {
      body: 'Son budget, son plan de financement et ses campagnes partent d’ici.',
      action: 'Créer un projet',
    },
    open: {
      body: 'Un fichier .copro commencé par vous ou par un collègue.',
      action: 'Ouvrir un fichier…',
    },
    demo: {
      body: 'Un long métrage avec son budget, son plan de financement et une campagne en cours.',
      action: 'Ouvrir la démo',
    },
  },
  windowTitle: {
    withProject: '{file} — {project} — Copro',
    withoutProject: '{file} — Copro',
  },
  issues: {
    notAName: 'Saisissez un nom, pas un chemin : sans les caractères / \\ : * ? " < > |.',
    dots: 'Un nom ne peut pas commencer par un point ni contenir « .. ».',
    nameTaken: 'Un fichier de travail porte déjà ce nom : choisissez-en un autre.',
    notAbsolute: 'Indiquez le chemin complet du fichier, par exemple /home/moi/Ardoise.copro.',
    notCopro: 'Un fichier de travail se termine par .copro.',
    noSuchFile: 'Aucun fichier à ce chemin.',
    folder: 'C’est un dossier, pas un fichier de travail.',
    emptyFile: 'Ce fichier est vide : ce n’est pas un fichier de travail.',
  },
};
