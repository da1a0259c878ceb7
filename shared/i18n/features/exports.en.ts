/** Exports screen strings (English): one card per workbook. */
export const exportsEn = {
  title: 'Exports',
  subtitle: 'Excel workbooks of {title} for the accountant and the production assistant.',
  noProject: {
    title: 'No project yet',
    body: 'Create a project to export its workbooks.',
  },
  listLabel: 'Workbooks',
  sheets: 'Sheets',
  later: 'Coming in a later version',
  budget: {
    title: 'Budget workbook',
    body: 'For the accountant and the producer: the top sheet by chapter, the budget detail, the financing plan with the gap, and the crowd (goal, cap, fees, reward costs, net). Totals are real Excel formulas.',
    download: 'Download budget workbook',
    busy: 'Preparing the workbook…',
    done: '“{fileName}” downloaded.',
    failed: 'The workbook could not be made. {message}',
    sheetNames: {
      top: 'Top sheet',
      detail: 'Budget detail',
      plan: 'Financing plan',
      crowd: 'Crowdfunding',
    },
  },
  fulfillment: {
    title: 'Fulfillment workbook',
    body: 'For the production assistant: one row per reward to send with address, item, status, carrier and tracking number, a pick list per item, the credits list and missing addresses.',
    download: 'Download fulfillment workbook',
  },
  accounting: {
    title: 'Accounting workbook',
    body: 'For the accountant: the contributions ledger (date, contributor, campaign, amount, commission, payment fee, net, status, refunds) and monthly totals.',
    download: 'Download accounting workbook',
  },
} as const;
