import type { Dictionary } from './dictionary';

export const en: Dictionary = {
  site: {
    name: 'Weilidai overdue guide',
    languageName: 'English',
    skipLink: 'Skip to main content',
    headerNav: 'Search and language',
    notice:
      'This guide is general information, not legal or financial advice. The exact amounts and options are those shown on the Weilidai page in WeChat and confirmed by official customer service.',
    originallyPublished: 'Original article published {date}',
    translationNote: 'The guide is translated from the Chinese original, as corrected by this site.',
    chooseLanguage: 'Choose a language',
    notFoundTitle: 'Page not found',
    notFoundBody: 'The page you are looking for does not exist; the link may be wrong. Start again from the contents:',
  },
  reading: {
    contents: 'Contents',
    onThisPage: 'On this page',
    partOf: 'Part {n} of {total}',
    partTitle: '{numeral}. {title}',
    numerals: 'arabic',
    pagination: 'Previous and next parts',
    previous: 'Previous',
    next: 'Next',
    wholeGuide: 'Read the whole guide on one page',
    wholeGuideTitle: 'The whole guide',
    wholeGuideLead: 'All {n} parts on one page, to read in one go or to print.',
    backToContents: 'Back to contents',
    noteLabel: 'Note',
    toolLabel: 'Tool',
    seeAlso: 'See also',
    siteAddition: '(added by this site; not part of the original article)',
    sitePageLabel: 'Written by this site; not part of the original article',
    siteContents: 'Added by this site (not part of the original article)',
  },
  share: {
    headingLink: 'Link to this section: {heading}',
    copyHeadingLink: 'Copy link to this section: {heading}',
    shareHeading: 'Share this section: {heading}',
    copyPageLink: 'Copy link to this page',
    sharePage: 'Share this page',
    linkCopied: 'Link copied',
    copyFailed: 'The link could not be copied automatically. It is selected in the box below: copy it from there.',
    linkToShare: 'Link to share',
  },
  previews: {
    imageAlt: 'Title card: {title}',
  },
  search: {
    open: 'Search',
    label: 'Search this guide',
    close: 'Close search',
    hint: 'Type a word to look for, for example: penalty interest, credit report, instalment plan.',
    loading: 'Searching…',
    resultCount: { one: 'Pages found: {n}.', other: 'Pages found: {n}.' },
    noAnswer: 'The guide has nothing on “{q}”.',
    noAnswerWaysOn: 'You could look at:',
    hotline:
      'For questions about your own loan, WeBank’s customer service line is 95384 (24/7; human agents 7:00–24:00 China time), or use online customer service from the help centre of the Weilidai page inside WeChat.',
    unavailable:
      'Search is not available right now (you may be offline). You can find your way from the contents or the whole guide:',
    needsScript: 'Search needs JavaScript. You can find your way from the contents or the whole guide:',
    pageDescription: 'Search the Weilidai overdue guide.',
    resultsLabel: 'Search results',
  },
  forms: {
    errors: {
      empty: 'Please fill this in.',
      notNumber: 'Please use digits only, for example 1234.50.',
      rateNotNumber: 'Please use digits only, for example 0.05.',
      multipleNotNumber: 'Please use digits only, for example 1.5.',
      daysNotNumber: 'Please use digits only, for example 30.',
      ambiguousComma:
        'The comma is unclear: for a decimal point, use “.” (for example 1000.50); a comma between thousands needs three digits after it (for example 1,000).',
      negative: 'This cannot be negative.',
      tooPrecise: 'Too many decimal places: please check.',
      notPositive: 'Please enter a number greater than 0.',
      amountTooLarge: 'That amount is too large: please check for an extra digit.',
      rateTooHigh:
        'This tool accepts daily rates up to 1%. Check that you have entered the daily rate, not an annual rate: for example 0.05.',
      multipleTooHigh: 'This tool accepts multiples up to 10: please check.',
      daysNotWhole: 'Please enter a whole number of days.',
      daysTooMany: 'This tool counts up to 3,650 days (10 years): please check.',
    },
    deviceData: 'Your data on this device',
    deviceDataText:
      'This site’s tools keep what you enter only in this browser, and never send it anywhere. You can delete all of it here at once.',
    clearAll: 'Clear all my data on this device',
    clearAllConfirm:
      'Delete everything this site keeps in this browser? Everything you entered in this site’s tools will be deleted, including any copies kept aside, and it cannot be brought back. Export or print anything you want to keep first.',
    clearAllYes: 'Yes, delete everything',
    clearAllNo: 'Cancel, keep my data',
    clearAllDone: 'Everything this site kept on this device has been deleted.',
    clearAllNothing: 'This site had nothing stored on this device.',
    clearAllFailed: 'This browser’s storage could not be reached, so nothing was deleted.',
  },
  estimator: {
    title: 'Cost-of-delay estimator',
    needsJavaScript: 'This estimator needs JavaScript to work.',
    intro:
      'Enter the figures from your Weilidai page in WeChat or your loan contract to estimate the penalty interest. Everything is worked out on your device.',
    amount: 'Overdue amount (yuan)',
    amountHint: 'For example 10000',
    rate: 'Daily interest rate (%)',
    rateHint: 'The daily rate in your loan contract or on your Weilidai page, for example 0.05',
    multiple: 'Penalty rate multiple',
    multipleHint:
      'The penalty rate as a multiple of the daily rate: see your loan contract. If your contract says the penalty rate is 50% above the normal rate, enter 1.5. There is no default value.',
    days: 'Days overdue so far',
    daysHint: 'Counting from the first day overdue, for example 30',
    submit: 'Estimate',
    fixErrors: 'Some entries need changing: see the message under each one.',
    soFar: {
      one: 'So far ({days} day), the penalty interest is about {money}.',
      other: 'So far ({days} days), the penalty interest is about {money}.',
    },
    perDay: 'Each further day of delay adds about {money}.',
    announce: '{soFar} {perDay}',
    more: 'Each further day of delay adds about {day}; each further week adds about {week}; each further month (30 days) adds about {month}.',
    tableCaption: 'Penalty interest over the next 90 days (estimate)',
    columnWhen: 'When',
    columnTotal: 'Total penalty interest',
    today: 'Today',
    inDays: { one: 'In {days} day', other: 'In {days} days' },
    chartLabel: 'Chart: the penalty interest grows from {from} today to {to} in 90 days, by the same amount each day.',
    method: 'Method: overdue amount × daily rate × penalty multiple × days; simple interest, no compounding.',
    authority:
      'This is only an estimate. The figure on your Weilidai page in WeChat is the one that counts; the estimate leaves out late fees, default charges and any other fees this tool does not know about.',
    linkText: 'Work it out with the cost-of-delay estimator',
  },
  worksheet: {
    title: 'Repayment plan worksheet',
    description:
      'Make the detailed repayment plan the guide recommends: dates, where each sum comes from, what could go wrong and what you will do, a reserve fund and a log of every contact with WeBank or collectors. Kept only on your device.',
    lead: 'As the guide advises, write down when you will pay, where each sum will come from, what could go wrong and what you will do, and the money you set aside for emergencies; and keep a note of every contact with WeBank or a collector.',
    privacy:
      'What you enter is saved only in this browser (local storage) and is never sent anywhere. It is not available on other devices, and it is deleted if you clear your browser data: export or print it when you need a copy.',
    noScript:
      'JavaScript is off, so nothing you type here is saved. Use your browser’s Print command to print this blank worksheet and fill it in by hand.',
    printedOnBlank: 'Date:',
    printedOn: 'Printed on {date}',
    owedLegend: 'What you must repay',
    owed: 'Amount to repay in full (yuan)',
    dueDate: 'Date it is due',
    sumsLegend: 'Planned sums',
    sumsHint: 'Each sum of money: the day you will have it, how much, and where it comes from.',
    sumLegend: 'Sum {n}',
    date: 'Date',
    amount: 'Amount (yuan)',
    source: 'Source',
    sourceNone: 'Choose…',
    details: 'Details',
    addSum: 'Add a sum',
    totalLabel: 'Running total',
    risksLegend: 'What could go wrong, and what you will do',
    riskLegend: 'Problem {n}',
    risk: 'What could go wrong',
    response: 'What you will do',
    addRisk: 'Add a problem',
    reserveLegend: 'Reserve fund',
    reserveAmount: 'Reserve fund amount (yuan)',
    reserveDetails: 'Where the reserve is kept and where it comes from',
    contactsLegend: 'Contact log',
    contactsHint:
      'Each time WeBank or a collector contacts you (a call, an SMS, a WeChat message), or you contact them, note straight away: when, who, how, what was said, what was promised and what you agreed. Entries stay in the order you add them here; the export and the print list them by date and time.',
    contactLegend: 'Contact {n}',
    contactDate: 'Date',
    time: 'Time',
    who: 'Their name, or how they introduced themselves',
    number: 'Their phone number or WeChat ID',
    how: 'How',
    wayNone: 'Choose…',
    said: 'What was said',
    promised: 'What was promised, and by whom',
    agreed: 'What you agreed',
    addContact: 'Add a contact',
    limitsNote: 'Each box holds up to {text} characters and each part up to {rows} rows: more than a real plan needs.',
    removeSum: 'Remove sum {n}',
    removeRisk: 'Remove problem {n}',
    removeContact: 'Remove contact {n}',
    totalPlanned: 'Planned: {money}',
    totalOwed: 'To repay: {money}',
    shortfall: 'Still short by {money}',
    surplus: '{money} more than you owe: keep it as your reserve',
    exact: 'Exactly enough',
    needOwed: 'Enter the amount to repay to see how much you are still short.',
    notCounted: {
      one: '{n} amount could not be read and is not counted.',
      other: '{n} amounts could not be read and are not counted.',
    },
    listSeparator: '; ',
    actionsLabel: 'Save and print',
    print: 'Print',
    export: 'Export as a file',
    import: 'Import from a file',
    importDone: 'Your plan was replaced with the one in the file.',
    importFailed: 'Not imported: that file is not a repayment plan exported from this site. Your plan is unchanged.',
    importTooBig:
      'Not imported: this file is {size}; a plan file is at most {max}. Check that you chose the right file.',
    importNoContent:
      'Not imported: this file has the title of a repayment plan but none of its parts. Your plan is unchanged.',
    importMissing:
      'Not imported: this file is incomplete. These parts are missing: {sections}. It may have been cut off when it was saved or sent. Your plan is unchanged.',
    importCutOff:
      'Not imported: this file stops in the middle of “{section}”. It may have been cut off when it was saved or sent. Your plan is unchanged.',
    importDuplicate:
      'Not imported: “{label}” appears more than once in this file, so it is not clear which is right. Edit the file to keep one. Your plan is unchanged.',
    importTooManyRows:
      'Not imported: “{section}” has {n} rows; the worksheet holds at most {max}. Your plan is unchanged.',
    importTooLong:
      'Not imported: in “{where}”, “{field}” has {n} characters; one entry holds at most {max}. Your plan is unchanged.',
    importEmpty: 'Not imported: the plan in this file is empty. Your plan is unchanged.',
    importCancelled: 'Not imported. Your plan is unchanged.',
    fileFailed:
      'That did not work: the part of this page that exports and imports could not be loaded. Your plan is unchanged. Check your connection and reload the page, or print a copy.',
    importNotSaved:
      'The plan from the file is shown here but could not be saved: this browser’s storage is full. The saved plan is still your previous one. Export this one now.',
    reviewTitle: 'Check before you import',
    reviewFile: 'The file “{name}” holds {contents}.',
    reviewCurrent: 'It will replace your current plan ({contents}).',
    reviewCurrentEmpty: 'Your worksheet is empty, so nothing will be replaced.',
    countSums: { one: '{n} planned sum', other: '{n} planned sums' },
    countRisks: { one: '{n} problem to plan for', other: '{n} problems to plan for' },
    countContacts: { one: '{n} contact', other: '{n} contacts' },
    countOwed: 'the amount to repay “{value}”',
    reviewNotes: { one: '{n} thing to check:', other: '{n} things to check:' },
    noteSkipped: {
      one: '{n} line is not part of any entry and will not be imported: “{line}”.',
      other: '{n} lines are not part of any entry and will not be imported, for example “{line}”.',
    },
    noteColumn: {
      one: 'In “{section}”, the column “{column}” is not part of the worksheet: its {n} entry will not be imported.',
      other:
        'In “{section}”, the column “{column}” is not part of the worksheet: its {n} entries will not be imported.',
    },
    noteValue: '{where}, “{field}”: “{value}” will be imported as it is, with a message beside it: {message}',
    replace: 'Replace my plan with this file',
    keep: 'Cancel, keep my plan',
    undo: 'Undo the import: bring back my previous plan',
    undone: 'Your previous plan is back.',
    charsLeft: { one: 'You have {n} character left.', other: 'You have {n} characters left.' },
    charsAtLimit: 'You have reached the limit of {max} characters.',
    charsOver: {
      one: 'This is {n} character over the limit: please shorten it.',
      other: 'This is {n} characters over the limit: please shorten it.',
    },
    pasteTooLong:
      'Nothing was pasted: the text has {n} characters and this box has room for {left} more. Shorten it first, or split it across entries.',
    rowLimit: 'This part has reached its limit of {max} rows.',
    invalidDate: 'This is not a date. Write it as 2026-12-31, or clear it and choose a date.',
    invalidTime: 'This is not a time. Write it as 14:30, or clear it and choose a time.',
    invalidChoice: '“{value}” is not one of the choices: please choose one.',
    loading: 'Loading your saved plan…',
    loadFailed:
      'The part of this page that saves could not be loaded, so what you type here is not saved. Check your connection, then reload the page.',
    syncedFromTab: 'The plan was changed in another tab; this page shows the latest version.',
    clearedInTab: 'The plan was cleared in another tab.',
    newerInTab:
      'Another tab saved the plan with a newer version of this page. Reload this page; until then, changes here are not saved, so that they do not overwrite that plan.',
    notReplaced:
      'The plan was changed in another tab, but what you see here is not saved, so it was not replaced. Export it now.',
    keptDamaged:
      'A plan saved in this browser cannot be read: it may be damaged. It has been kept aside, not deleted. Download it to keep a copy.',
    keptNewer:
      'A plan saved in this browser was saved by a newer version of this page and cannot be read here. It has been kept aside, not deleted. Reload the page; you can also download it to keep a copy.',
    keptNotKept:
      'The plan saved in this browser cannot be read, and the browser’s storage is too full to keep it aside. So that it is not overwritten, changes here are not saved until you download it.',
    downloadKept: 'Download the kept plan',
    deleteKept: 'I have downloaded it: delete the kept plan',
    keptDeleted: 'The kept plan was deleted.',
    keptFileName: 'unreadable-repayment-plan',
    clear: 'Clear the plan',
    clearConfirm: 'Delete the whole plan from this browser? This cannot be undone.',
    clearYes: 'Yes, clear the plan',
    clearNo: 'Cancel, keep the plan',
    cleared: 'The plan was cleared.',
    saved: 'Saved in this browser.',
    storageFull: 'Not saved: this browser’s storage is full. What you see here is not saved yet: export it now.',
    storageFailed:
      'This browser does not allow saving (it may be in private mode). Export or print your plan before you leave.',
    fileName: 'repayment-plan',
    backToGuide: 'Back to the guide: Make a detailed repayment plan',
  },
  letters: {
    indexTitle: 'Letter templates: negotiate, object, complain',
    indexDescription:
      'Three letters in Chinese to fill in on your device: ask WeBank to negotiate repayment, object to a wrong credit-report entry, make a complaint. Copy or print them; kept only on your device.',
    indexLead:
      'Fill in your own details and the letter fills itself in, ready to copy into WeChat or a text message, or to print. What you enter is saved only in this browser. Each letter is in Chinese, with an English rendering beside it.',
    backToHelp: 'Back to: Your rights and where to get help',
    backToIndex: 'All letter templates',
    notice: 'This is a template, not legal advice. Change it to fit your situation, and write only what is true.',
    privacy:
      'What you enter is saved only in this browser (local storage) and is never sent anywhere. Your name, mobile number and the last 4 digits of your ID are shared by all three letters.',
    noScript:
      'JavaScript is off, so the letter below does not fill itself in and nothing you type is saved. Use your browser’s Print command to print the blank letter and fill it in by hand; the hint under each field says what to write.',
    detailsHeading: 'Your details',
    letterHeading: 'The letter',
    howToHeading: 'How to use',
    planLink: 'repayment plan worksheet',
    helpLink: 'Complaints and getting help',
    scriptHeading: 'What to say when you call 12378',
    scriptLead:
      '12378 is the national hotline for consumer complaints about banks and insurers, now run by the National Financial Regulatory Administration. When you call, you can follow these points (say them in Chinese).',
    optional: ' (optional)',
    count: '{n} of {max} characters',
    countFull: 'You have reached the limit of {max} characters.',
    fromPlan:
      'Taken from “Amount to repay in full” in your repayment plan worksheet. Check it against the Weilidai page.',
    copy: 'Copy letter',
    print: 'Print letter',
    copied: 'Letter copied: paste it into WeChat or a text message.',
    copiedWithBlanks: 'Letter copied, but some fields are still empty: {fields}.',
    listSeparator: ', ',
    copyFailed: 'The letter could not be copied automatically. It is selected in the box below: copy it by hand.',
    copyBox: 'The whole letter',
    saved: 'Saved in this browser.',
    storageFailed:
      'This browser does not allow saving (it may be in private mode). Copy or print your letter before you leave.',
    storageFull: 'Not saved: this browser’s storage for this site is full. Copy or print your letter before you leave.',
    unreadable:
      'Letters saved earlier in this browser could not be read. Nothing was deleted: they are kept in this browser’s local storage under the name {key}. What you type now is saved as usual.',
    loadFailed:
      'Part of this page could not be loaded (you may be offline), so what you type is not filled into the letter or saved yet. Reload the page once you are online.',
    errors: {
      idLast4: 'Enter the last 4 characters of your ID number: digits, and the last one may be X.',
    },
    rendering: {
      original: 'The letter in Chinese: this is what you send',
      rendering: 'English rendering',
      renderingNote: 'For your information only. Send the Chinese letter, not this.',
      scriptOriginal: 'The points in Chinese: this is what you say',
      scriptRenderingNote: 'For your information only. Say the Chinese points, not these.',
      whyChinese:
        'The letter is in Chinese because that is the language WeBank and the credit reference centre work in.',
      writeInChinese:
        'Write your answers in Chinese if you can: they go into the Chinese letter exactly as you type them.',
    },
    letters: {
      negotiate: {
        title: 'Letter asking to negotiate repayment',
        description:
          'Fill in a letter to WeBank customer service explaining your situation and what you propose, asking to negotiate repayment. Copy it into the online chat or print it; kept only on your device.',
        lead: 'To WeBank customer service, asking to negotiate a repayment arrangement. You can also send it as a message in the online chat (the help centre of the Weilidai page in WeChat).',
        summary:
          'Tell WeBank customer service your situation and what you propose, and ask to negotiate; also works as a message in the online chat.',
        howTo: [
          'Save or print a copy before you send it.',
          'Note the date you sent it and how (online chat, phone, post).',
          'Keep every reply (screenshots, text messages, letters).',
          'If they agree to an arrangement, ask them to confirm it in writing if you can, and note it in your {plan}.',
        ],
      },
      objection: {
        title: 'Objection to a credit-report entry',
        description:
          'Fill in a letter objecting to wrong or missing information in your credit report and asking for a correction (Credit Reporting Regulation, Art. 25). Copy or print it; kept only on your device.',
        lead: 'To WeBank (the lender that reported the entry), or to the credit reference centre. If you believe information in your credit report is wrong or missing, you may object to them and ask for a correction (Regulation on the Administration of the Credit Reporting Industry, Art. 25).',
        summary:
          'If an entry in your credit report is wrong or missing, object to WeBank or the credit reference centre and ask for a correction.',
        howTo: [
          'Save or print a copy before you send it.',
          'Note the date you sent it and how; if you post it, keep the proof of posting.',
          'Once they receive your objection, they must check it and reply in writing within 20 days (Regulation on the Administration of the Credit Reporting Industry, Art. 25). The 20 days count from when they receive it, not from when you send it.',
          'Keep their written reply.',
        ],
      },
      complaint: {
        title: 'Complaint letter',
        description:
          'Fill in a complaint to WeBank, with the points to make if you call the 12378 complaints hotline. Copy or print it; kept only on your device.',
        lead: 'A complaint to WeBank. Below it are the points to make if you call 12378, the hotline for consumer complaints about banks and insurers.',
        summary: 'Complain to WeBank, with the points to make if you call the 12378 complaints hotline.',
        howTo: [
          'Save or print a copy before you send it.',
          'Note the date you sent it and how; if you call 12378, note the date and time of the call and what you were told.',
          'Keep every reply.',
          'If your complaint is about your credit record, you can also complain to the local branch of the People’s Bank of China, which must reply in writing within 30 days of accepting it (Regulation on the Administration of the Credit Reporting Industry, Art. 26; see {help}).',
        ],
      },
    },
    fields: {
      name: { label: 'Name', hint: 'As used for the loan.' },
      phone: { label: 'Mobile number', hint: 'A number where they can reach you.' },
      idLast4: { label: 'Last 4 digits of your ID number', hint: 'Only the last 4 digits, not the whole number.' },
      date: { label: 'Date', hint: 'The date you write or send it.' },
      overdueSince: {
        label: 'Overdue since',
        hint: 'The date your loan became overdue, as shown on the Weilidai page. Leave blank if unsure.',
      },
      loanAmount: {
        label: 'Amount now owing (yuan)',
        hint: 'As shown on the Weilidai page in WeChat. Leave blank if unsure.',
      },
      situation: {
        label: 'My situation',
        hint: 'Briefly, why you cannot pay now, e.g. loss of income, illness. Only what is true.',
      },
      proposal: {
        label: 'What I propose',
        hint: 'For example: pay part by a certain date and the rest in several payments. Only offer what you can really do.',
      },
      recipient: {
        label: 'Sent to',
        hint: 'WeBank (the lender that reported the entry), or the credit reference centre. Write it in Chinese.',
      },
      entryDescription: {
        label: 'The entry you object to',
        hint: 'Copy it from your credit report: which lender reported it, which account, which item, the dates and what it says.',
      },
      whyWrong: {
        label: 'Why it is wrong or missing',
        hint: 'The facts as you know them, e.g. the date and amount you actually paid.',
      },
      correction: { label: 'What you ask them to correct', hint: 'For example: change this item to …; add …' },
      evidence: {
        label: 'Attached',
        hint: 'What you attach, e.g. screenshots of payment receipts. Leave blank if none.',
      },
      whatHappened: {
        label: 'What happened',
        hint: 'In order: when, who, how (call, SMS, WeChat), what was said or done. Your record of contacts can help.',
      },
      whatYouAsk: {
        label: 'What I ask for',
        hint: 'What you want them to do, e.g. look into it and reply, correct something.',
      },
      attachments: {
        label: 'Attached',
        hint: 'What you attach, e.g. screenshots, call records. Leave blank if none.',
      },
      contactedBank: {
        label: 'What you have already raised with WeBank',
        hint: 'If you have already raised it with WeBank, the date, how, and their reply. Leave blank if not. Used only in the points for the 12378 call.',
      },
    },
  },
  calendar: {
    heading: 'Reminder for your phone’s calendar',
    objectionIntro:
      'Once they receive your objection, they must check it and reply in writing within 20 days (Regulation on the Administration of the Credit Reporting Industry, Art. 25). Enter the dates to make a calendar file that puts this deadline in your phone’s calendar.',
    sentOn: 'Date you sent or handed in the objection',
    sentOnHint: 'If you know when they received it, enter that below too.',
    receivedOn: 'Date they received it',
    receivedOnHint:
      'The 20 days count from when they receive it. Leave blank if you do not know: the reminder then counts from the day you sent it, and the real deadline is later by the time it took to arrive.',
    objectionDue: '20 days from {from}, when they received it, is {date}.',
    objectionDueFromSent:
      '20 days from {from}, when you sent it, is {date}. The real deadline counts from when they received it, so it is later by the time it took to arrive.',
    objectionSummary: 'Credit-report objection: written reply due',
    objectionDescription:
      'Once they receive your objection, they must check it and reply in writing within 20 days (Regulation on the Administration of the Credit Reporting Industry, Art. 25). Check whether a written reply has come, and keep it.',
    pbocIntro:
      'If you complain about a credit-reporting matter to the local branch of the People’s Bank of China, it must reply in writing within 30 days of accepting your complaint (Regulation on the Administration of the Credit Reporting Industry, Art. 26). The 30 days count from when it accepts the complaint, not from when you send it.',
    acceptedOn: 'Date the People’s Bank of China branch accepted your complaint',
    acceptedOnHint: 'If you do not know when it was accepted, leave this blank for now and come back when you do.',
    pbocDue: '30 days from {from}, when it was accepted, is {date}.',
    pbocSummary: 'Credit-reporting complaint (People’s Bank of China branch): written reply due',
    pbocDescription:
      'The People’s Bank of China branch must reply in writing within 30 days of accepting the complaint (Regulation on the Administration of the Credit Reporting Industry, Art. 26). Check whether a written reply has come, and keep it.',
    noDeadlineComplaint:
      'A complaint to WeBank: the facts this site has checked give no deadline for WeBank’s reply, so there is no reminder for it.',
    noDeadlineNegotiate:
      'The facts this site has checked give no deadline for WeBank’s reply to a request to negotiate, so there is no reminder here. Note the date you sent it.',
    download: 'Add to my calendar (.ics file)',
    downloadHint:
      'The calendar file is made on your device and sent nowhere. Once it has downloaded, open or import it in your phone’s calendar app.',
    needDate: 'Enter the date above first.',
    downloaded: 'Calendar file {file} made.',
    fileName: 'reply-due-reminder',
    planDue: 'Weilidai repayment due',
    planDueDescription:
      'The date from your repayment plan worksheet. The exact amount is the one shown on the Weilidai page in WeChat.',
    planSum: 'Planned sum: {amount} yuan',
    planSumNoAmount: 'Planned sum',
    planSumDescription: 'From your repayment plan worksheet.',
    planButton: 'Add the dates to my calendar (.ics file)',
    planDone: {
      one: 'Made the calendar file {file} with {n} date. Open it on your phone or computer, or import it into your calendar app.',
      other:
        'Made the calendar file {file} with {n} dates. Open it on your phone or computer, or import it into your calendar app.',
    },
    planNone:
      'There are no dates to add yet: enter the date the repayment is due or the dates of your planned sums first.',
    planFileName: 'repayment-dates',
  },
};
