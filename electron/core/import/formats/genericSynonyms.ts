import type { GenericField, ImportMapping } from '../../../../shared/contract/imports';
import { normalizeHeader } from '../headers';

/**
 * Header words, French and English, that suggest which field a column holds. Compared after
 * normalizeHeader (case, accents and spacing do not matter). The first field to claim a header
 * wins, so the more specific fields come first ("Nom complet" is a display name, "Nom" a last name).
 */
const SYNONYMS: ReadonlyArray<readonly [GenericField, readonly string[]]> = [
  [
    'externalId',
    [
      'id',
      'reference',
      'ref',
      'référence',
      'numéro',
      'numero',
      'n°',
      'no',
      'transaction',
      'transaction id',
      'order id',
      'id commande',
      'numéro de chèque',
      'n° de chèque',
      'cheque',
      'chèque',
      'pledge id',
    ],
  ],
  [
    'contributorExternalId',
    ['id contributeur', 'contributor id', 'backer id', 'customer id', 'user id', 'id client'],
  ],
  [
    'displayName',
    [
      'nom complet',
      'full name',
      'name',
      'nom et prénom',
      'prénom et nom',
      'contributeur',
      'contributrice',
      'donateur',
      'donatrice',
      'backer',
      'backer name',
      'supporter',
      'soutien',
    ],
  ],
  ['lastName', ['nom', 'nom de famille', 'last name', 'lastname', 'surname', 'family name']],
  ['firstName', ['prénom', 'first name', 'firstname', 'given name']],
  [
    'email',
    [
      'courriel',
      'email',
      'e-mail',
      'mail',
      'adresse email',
      'adresse e-mail',
      'adresse mail',
      'adresse électronique',
      'email address',
    ],
  ],
  ['phone', ['téléphone', 'tél', 'tel', 'phone', 'phone number', 'mobile', 'portable']],
  [
    'addressLine1',
    ['adresse', 'address', 'adresse 1', 'address 1', 'address line 1', 'rue', 'street'],
  ],
  [
    'addressLine2',
    [
      'adresse 2',
      'complément d’adresse',
      "complément d'adresse",
      'complément',
      'address 2',
      'address line 2',
    ],
  ],
  ['postalCode', ['code postal', 'cp', 'postal code', 'postcode', 'zip', 'zip code']],
  ['city', ['ville', 'city', 'commune', 'town', 'localité']],
  ['region', ['région', 'region', 'state', 'province', 'département', 'county']],
  ['country', ['pays', 'country', 'country code', 'code pays']],
  ['language', ['langue', 'language', 'lang']],
  [
    'amount',
    [
      'montant',
      'amount',
      'somme',
      'total',
      'montant total',
      'pledge amount',
      'don',
      'montant du don',
      'contribution',
      'montant de la contribution',
    ],
  ],
  ['bonus', ['bonus', 'don libre', 'soutien supplémentaire', 'bonus support', 'pourboire', 'tip']],
  [
    'shipping',
    [
      'frais de port',
      'port',
      'livraison',
      'frais de livraison',
      'frais d’envoi',
      "frais d'envoi",
      'shipping',
      'shipping amount',
    ],
  ],
  [
    'pledgedAt',
    [
      'date',
      'date du don',
      'date de paiement',
      'date de la contribution',
      'date de contribution',
      'date d’encaissement',
      "date d'encaissement",
      'pledged at',
      'created at',
      'paid at',
      'payment date',
    ],
  ],
  [
    'tier',
    [
      'contrepartie',
      'récompense',
      'recompense',
      'reward',
      'reward title',
      'tier',
      'palier',
      'offre',
    ],
  ],
  ['tierExternalId', ['id contrepartie', 'reward id', 'tier id']],
  ['status', ['statut', 'status', 'état', 'etat', 'payment status', 'statut du paiement']],
  [
    'notes',
    [
      'notes',
      'note',
      'commentaire',
      'commentaires',
      'remarque',
      'remarques',
      'comment',
      'comments',
    ],
  ],
];

const FIELD_BY_WORD = new Map<string, GenericField>();
for (const [field, words] of SYNONYMS) {
  for (const word of words) {
    const key = normalizeHeader(word);
    if (!FIELD_BY_WORD.has(key)) FIELD_BY_WORD.set(key, field);
  }
}

/** A mapping guessed from the headers: each field gets the first column whose name suggests it. */
export function suggestMapping(headers: readonly string[]): ImportMapping {
  const mapping: ImportMapping = {};
  for (const header of headers) {
    const field = FIELD_BY_WORD.get(normalizeHeader(header));
    if (field !== undefined && mapping[field] === undefined) mapping[field] = header;
  }
  return mapping;
}
