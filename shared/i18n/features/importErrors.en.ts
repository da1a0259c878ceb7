/**
 * What an import says about a file, a row or a cell (`imports.*`, `budgetImport.*`), and why a
 * text is not an amount or a quantity (`money.*`, also the contract's quantity refusal). Rendered
 * in the workspace's language; a quoted cell (`{input}`) is shown as the file has it.
 */
export const importErrorsEn = {
  money: {
    ambiguous:
      '{input} is ambiguous: "{separator}" could separate thousands ({thousands}) or decimals ({decimals}); write {thousands} or {decimals}',
    twoDecimalSeparators: '{input} has more than one decimal separator "{separator}"',
    separatorInDecimals: '{input} has a separator among its decimals',
    mixedThousands: '{input} mixes different thousands separators',
    decimalAsThousands:
      '{input} has "{separator}" where a thousands separator cannot be (the decimal separator here is "{decimal}")',
    misplacedThousands: '{input} has a thousands separator in the wrong place',
    notAmount: {
      plain: '{input} is not an amount',
      word: '{input} is not an amount: "{word}" is not a number or a currency',
      unexpected: '{input} is not an amount: unexpected "{character}"',
      endsWithSeparator: '{input} is not an amount: it ends with a separator',
      shape:
        '{input} is not an amount: expected digits with at most one sign and one currency, like 1 234,50 €',
    },
    notQuantity: {
      plain: '{input} is not a quantity',
      word: '{input} is not a quantity: "{word}" is not a number',
      unexpected: '{input} is not a quantity: unexpected "{character}"',
      endsWithSeparator: '{input} is not a quantity: it ends with a separator',
      shape: '{input} is not a quantity: expected a number like 1, 1.5 or 0.125',
    },
    notCurrency: '{input} is not an amount: "{marker}" is not a currency',
    twoCurrencies: '{input} names two currencies: {first} and {second}',
    otherCurrency: '{input} is in {named}, not {currency}',
    emptyAmount: '{input} is not an amount: it is empty',
    twoSigns: '{input} has two signs',
    noDecimals: '{input} has decimals but {currency} has none',
    tooManyDecimals: '{input} has {decimals} decimals but {currency} has {digits}',
    amountTooLarge: '{input} is too large: amounts stop at {max} {currency}',
    emptyQuantity: '{input} is not a quantity: it is empty',
    negativeQuantity: '{input} is negative: a quantity cannot be negative',
    quantityDecimals:
      '{input} has {decimals} decimals: quantities stop at thousandths (3 decimals)',
    quantityTooLarge: '{input} is too large: quantities stop at {max}',
  },
  imports: {
    /** "column 4 (D) “Email”": the 1-based index, the spreadsheet letter and the header. */
    column: 'column {index} ({letter}) “{header}”',
    columnUnnamed: 'column {index} ({letter})',
    cell: '{column}: {detail}',
    textAfterQuote:
      'unexpected text after the closing quote: {text} (a quote inside a quoted field must be doubled "")',
    quoteNeverClosed:
      'the quote opened on line {line} is never closed: the rest of the file (to line {lastLine}) was read as one value; the file may be truncated',
    valueBeyondHeader: {
      one: "the row has a value beyond the header's {count} column (an unquoted separator inside a value?)",
      other:
        "the row has a value beyond the header's {count} columns (an unquoted separator inside a value?)",
    },
    fileEmpty: 'the file is empty: no header line',
    notZip: 'not a readable zip archive ({reason})',
    unzipsTooLarge: 'not a readable zip archive (it unpacks to more than 1 GB)',
    noTableInArchive: 'the archive holds no CSV or XLSX file',
    oldExcel: 'this is an old Excel .xls file: save it as .xlsx or CSV first',
    archiveInArchive: 'an archive inside an archive is not read: unzip it first',
    notWorkbook: 'not a readable Excel workbook ({reason})',
    noWorksheet: 'the workbook has no worksheet with data',
    otherCurrency:
      "the amounts are said to be in {currency} but the campaign is in {campaignCurrency}: an import must be in the campaign's currency",
    mixedFormats:
      'this file looks like a {other} export while {first} is {format}: import them separately',
    requiredColumn: 'required column “{column}” is missing from the header',
    requiredColumnOr: 'required column “{column}” (or “{alternative}”) is missing from the header',
    mappedColumnMissing:
      'the mapping reads {field} from the column “{header}”, which is not in the header',
    noAmountColumn: 'no column is mapped to the amount (e.g. “Montant”)',
    noDateColumn: 'no column is mapped to the pledge date (e.g. “Date”)',
    noWhoColumn: 'no column is mapped to a name or an email (e.g. “Nom”, “Courriel”)',
    noNameNoEmail: 'the row has no name and no email: nothing tells who the contributor is',
    backerNoId: 'the backer has no id',
    backerNoName: 'the backer has neither a name nor an email',
    orderNoName: 'the order has neither a name nor an email',
    orderIdMissing: 'the order id is missing',
    negativeAmount: '{input} is negative: an amount here cannot be',
    noMonth: '{input} has no month {month}',
    noDay: '{input} is not a date: {yearMonth} has no day {day}',
    impossibleTime: '{input} has an impossible time of day',
    notKickstarterDate: '{input} is not a date like 2026/03/20, 18:54',
    notDateTime: '{input} is not a date-time like 2026-04-24T17:53:00+02:00',
    notDate: '{input} is not a date like {example}',
    noYear: '{input} has no four-digit year where the {order} order puts it',
    notCount: '{input} is not a whole number of items',
    notCountry: '{input} is not a country known in French or English, nor a two-letter code',
    notPlatformStatus: '{input} is not a {platform} payment status (known: {known})',
    notKnownStatus: '{input} is not a known payment status (known: {known})',
    noTier:
      'no reward tier “{title}” in this campaign: create it first, or allow creating missing tiers',
    noTierWithId:
      'no reward tier “{title}” (platform id {externalId}) in this campaign: create it first, or allow creating missing tiers',
    duplicatePledge: 'pledge {id} already appears in {file} on line {line}',
    cancelled: 'The import was cancelled: nothing was written.',
  },
  budgetImport: {
    mappedColumnMissing: '{field} is mapped to “{header}”, a column the header row does not have',
    mappedTwice: 'the column “{header}” is mapped to both {other} and {field}',
    noLabelColumn: 'no column is mapped to the label: choose the column that names each line',
    noFigureColumn: 'no column is mapped to the rate or the amount: choose at least one',
    truncated:
      "the last row has {cells} of the header's {width} columns and the file ends mid-line: it looks truncated (export it again)",
    importedTotalTooLarge: 'the imported total would be beyond the largest amount ({max} cents)',
    budgetTotalTooLarge:
      'the budget total with this import would be beyond the largest amount ({max} cents)',
    fileEmpty: 'the file is empty',
    noSuchWorksheet: 'no worksheet “{sheet}” with data (the workbook has {sheets})',
    negativeAmount:
      '{input} is negative: a budget line costs money (a discount is a lower rate, an in-kind deal a financing source)',
    tooLong: 'is longer than {max} characters',
    unknownUnit: 'unit {input} is not one Copro knows: imported as “{unit}”',
    chapterTotalDiffers: 'the chapter header shows {stated} but its lines add up to {lines}',
    subtotalDiffers: '“{row}” shows {shown} but the lines above it add up to {lines}',
    subtotalDiffersInAll:
      '“{row}” shows {shown} but the lines above it add up to {lines} ({all} in all)',
    noFigures: '“{label}” has no quantity, rate or amount: imported as 0',
    labelMissing: 'the label is missing (every budget line needs one)',
    lineTooLarge: 'makes the line amount too large',
    notProduct: '{amount} is not quantity × rate: {quantity} × {rate} = {computed}',
    notWholeRate:
      '{amount} is no quantity {quantity} × a rate in whole cents: imported as 1 × {amount}',
    quantityOnly: 'a quantity ({quantity}) but no rate or amount',
    cancelled: 'The budget import was cancelled: nothing was written.',
  },
} as const;
