import type { Messages } from '../types';

type ImportErrors = Pick<Messages['apiErrors'], 'money' | 'imports' | 'budgetImport'>;

/** French texts of `importErrors.en.ts`. */
export const importErrorsFr: ImportErrors = {
  money: {
    ambiguous:
      '{input} est ambigu : « {separator} » peut séparer les milliers ({thousands}) ou les décimales ({decimals}) ; écrivez {thousands} ou {decimals}',
    twoDecimalSeparators: '{input} a plus d’un séparateur décimal « {separator} »',
    separatorInDecimals: '{input} a un séparateur au milieu de ses décimales',
    mixedThousands: '{input} mélange plusieurs séparateurs de milliers',
    decimalAsThousands:
      '{input} a « {separator} » là où un séparateur de milliers ne peut pas être (le séparateur décimal est ici « {decimal} »)',
    misplacedThousands: '{input} a un séparateur de milliers mal placé',
    notAmount: {
      plain: '{input} n’est pas un montant',
      word: '{input} n’est pas un montant : « {word} » n’est ni un nombre ni une devise',
      unexpected: '{input} n’est pas un montant : « {character} » inattendu',
      endsWithSeparator: '{input} n’est pas un montant : il se termine par un séparateur',
      shape:
        '{input} n’est pas un montant : il faut des chiffres avec au plus un signe et une devise, comme 1 234,50 €',
    },
    notQuantity: {
      plain: '{input} n’est pas une quantité',
      word: '{input} n’est pas une quantité : « {word} » n’est pas un nombre',
      unexpected: '{input} n’est pas une quantité : « {character} » inattendu',
      endsWithSeparator: '{input} n’est pas une quantité : elle se termine par un séparateur',
      shape: '{input} n’est pas une quantité : il faut un nombre comme 1, 1,5 ou 0,125',
    },
    notCurrency: '{input} n’est pas un montant : « {marker} » n’est pas une devise',
    twoCurrencies: '{input} nomme deux devises : {first} et {second}',
    otherCurrency: '{input} est en {named}, pas en {currency}',
    emptyAmount: '{input} n’est pas un montant : il est vide',
    twoSigns: '{input} a deux signes',
    noDecimals: '{input} a des décimales, mais {currency} n’en a pas',
    tooManyDecimals: '{input} a {decimals} décimales, mais {currency} n’en a que {digits}',
    amountTooLarge: '{input} est trop grand : les montants s’arrêtent à {max} {currency}',
    emptyQuantity: '{input} n’est pas une quantité : elle est vide',
    negativeQuantity: '{input} est négatif : une quantité ne peut pas être négative',
    quantityDecimals:
      '{input} a {decimals} décimales : les quantités s’arrêtent aux millièmes (3 décimales)',
    quantityTooLarge: '{input} est trop grand : les quantités s’arrêtent à {max}',
  },
  imports: {
    column: 'colonne {index} ({letter}) « {header} »',
    columnUnnamed: 'colonne {index} ({letter})',
    cell: '{column} : {detail}',
    textAfterQuote:
      'texte inattendu après le guillemet fermant : {text} (un guillemet dans un champ entre guillemets doit être doublé "")',
    quoteNeverClosed:
      'le guillemet ouvert ligne {line} n’est jamais fermé : le reste du fichier (jusqu’à la ligne {lastLine}) a été lu comme une seule valeur ; le fichier est peut-être tronqué',
    valueBeyondHeader: {
      one: 'la ligne a une valeur au-delà de l’unique colonne de l’en-tête (un séparateur hors guillemets dans une valeur ?)',
      other:
        'la ligne a une valeur au-delà des {count} colonnes de l’en-tête (un séparateur hors guillemets dans une valeur ?)',
    },
    fileEmpty: 'le fichier est vide : pas de ligne d’en-tête',
    notZip: 'archive zip illisible ({reason})',
    unzipsTooLarge: 'archive zip illisible (elle dépasse 1 Go une fois décompressée)',
    noTableInArchive: 'l’archive ne contient aucun fichier CSV ou XLSX',
    oldExcel: 'c’est un ancien fichier Excel .xls : enregistrez-le d’abord en .xlsx ou en CSV',
    archiveInArchive: 'une archive dans une archive n’est pas lue : décompressez-la d’abord',
    notWorkbook: 'classeur Excel illisible ({reason})',
    noWorksheet: 'le classeur n’a aucune feuille contenant des données',
    otherCurrency:
      'les montants seraient en {currency}, mais la campagne est en {campaignCurrency} : un import doit être dans la devise de la campagne',
    mixedFormats:
      'ce fichier ressemble à un export {other} alors que {first} est au format {format} : importez-les séparément',
    requiredColumn: 'la colonne obligatoire « {column} » manque dans l’en-tête',
    requiredColumnOr:
      'la colonne obligatoire « {column} » (ou « {alternative} ») manque dans l’en-tête',
    mappedColumnMissing:
      'la correspondance lit {field} dans la colonne « {header} », qui n’est pas dans l’en-tête',
    noAmountColumn: 'aucune colonne ne correspond au montant (par exemple « Montant »)',
    noDateColumn: 'aucune colonne ne correspond à la date de contribution (par exemple « Date »)',
    noWhoColumn:
      'aucune colonne ne correspond à un nom ou à un e-mail (par exemple « Nom », « Courriel »)',
    noNameNoEmail: 'la ligne n’a ni nom ni e-mail : rien ne dit qui est le contributeur',
    backerNoId: 'le contributeur n’a pas d’identifiant',
    backerNoName: 'le contributeur n’a ni nom ni e-mail',
    orderNoName: 'la commande n’a ni nom ni e-mail',
    orderIdMissing: 'l’identifiant de la commande manque',
    negativeAmount: '{input} est négatif : un montant ne peut pas l’être ici',
    noMonth: '{input} n’a pas de mois {month}',
    noDay: '{input} n’est pas une date : {yearMonth} n’a pas de jour {day}',
    impossibleTime: '{input} a une heure impossible',
    notKickstarterDate: '{input} n’est pas une date comme 2026/03/20, 18:54',
    notDateTime: '{input} n’est pas une date et heure comme 2026-04-24T17:53:00+02:00',
    notDate: '{input} n’est pas une date comme {example}',
    noYear: '{input} n’a pas d’année à quatre chiffres là où l’ordre {order} la place',
    notCount: '{input} n’est pas un nombre entier d’articles',
    notCountry:
      '{input} n’est ni un pays connu en français ou en anglais, ni un code de deux lettres',
    notPlatformStatus: '{input} n’est pas un statut de paiement {platform} (connus : {known})',
    notKnownStatus: '{input} n’est pas un statut de paiement connu (connus : {known})',
    noTier:
      'aucun palier de contrepartie « {title} » dans cette campagne : créez-le d’abord, ou autorisez la création des paliers manquants',
    noTierWithId:
      'aucun palier de contrepartie « {title} » (identifiant plateforme {externalId}) dans cette campagne : créez-le d’abord, ou autorisez la création des paliers manquants',
    duplicatePledge: 'la contribution {id} figure déjà dans {file} à la ligne {line}',
    cancelled: 'L’import a été annulé : rien n’a été écrit.',
  },
  budgetImport: {
    mappedColumnMissing:
      '{field} correspond à « {header} », une colonne absente de la ligne d’en-tête',
    mappedTwice: 'la colonne « {header} » correspond à la fois à {other} et à {field}',
    noLabelColumn:
      'aucune colonne ne correspond au libellé : choisissez la colonne qui nomme chaque ligne',
    noFigureColumn:
      'aucune colonne ne correspond au tarif ou au montant : choisissez-en au moins une',
    truncated:
      'la dernière ligne a {cells} des {width} colonnes de l’en-tête et le fichier s’arrête en pleine ligne : il semble tronqué (exportez-le de nouveau)',
    importedTotalTooLarge:
      'le total importé dépasserait le plus grand montant possible ({max} centimes)',
    budgetTotalTooLarge:
      'le total du budget avec cet import dépasserait le plus grand montant possible ({max} centimes)',
    fileEmpty: 'le fichier est vide',
    noSuchWorksheet: 'aucune feuille « {sheet} » contenant des données (le classeur a {sheets})',
    negativeAmount:
      '{input} est négatif : une ligne de budget coûte de l’argent (une remise est un tarif plus bas, un apport en nature une source de financement)',
    tooLong: 'dépasse {max} caractères',
    unknownUnit: 'l’unité {input} n’est pas connue de Copro : importée comme « {unit} »',
    chapterTotalDiffers: 'l’en-tête du chapitre indique {stated}, mais ses lignes font {lines}',
    subtotalDiffers: '« {row} » indique {shown}, mais les lignes au-dessus font {lines}',
    subtotalDiffersInAll:
      '« {row} » indique {shown}, mais les lignes au-dessus font {lines} ({all} en tout)',
    noFigures: '« {label} » n’a ni quantité, ni tarif, ni montant : importée à 0',
    labelMissing: 'le libellé manque (chaque ligne de budget en a besoin)',
    lineTooLarge: 'rend le montant de la ligne trop grand',
    notProduct: '{amount} n’est pas quantité × tarif : {quantity} × {rate} = {computed}',
    notWholeRate:
      '{amount} n’est pas la quantité {quantity} × un tarif en centimes entiers : importé comme 1 × {amount}',
    quantityOnly: 'une quantité ({quantity}) mais ni tarif ni montant',
    cancelled: 'L’import du budget a été annulé : rien n’a été écrit.',
  },
};
