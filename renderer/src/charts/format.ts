// The charts' short money lives beside the other formatters, where unit tests reach it.
export { compactMoneyFormatter } from '../../../shared/i18n/compactMoney';
