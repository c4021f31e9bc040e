import type { PluralText } from "../../types/text.ts";
import type { PrintStrings } from "./nl.ts";

const en: PrintStrings = {
  "nav.printen": "Print",

  "print.folder.title": "Is this normal?",
  "print.folder.subtitle": "Working in the Netherlands: your rights and where to get help",
  "print.folder.signs.intro": "Are you worried about your work? Answer these questions with yes or no.",
  "print.folder.signs.wage": "Do you get at least the minimum wage?",
  "print.folder.signs.passport": "Do you keep your own passport or ID card?",
  "print.folder.signs.debt": "Are you free of debts to your boss, or to the person who found you this job?",
  "print.folder.signs.leave": "Are you free to quit your job? And to leave the house when you want?",
  "print.folder.signs.bank": "Do you keep your own bank card and PIN code?",
  "print.folder.signs.payslip": "Do you get a payslip?",
  "print.folder.signs.advice": "Did you answer \"no\" two or more times? Then get advice. You do not have to report anything to ask a question. Inside you can see where to go.",

  "print.folder.rights.title": "Your rights at work",
  "print.folder.rights.wage.label": "Minimum wage",
  "print.folder.rights.wage.text": "Are you 21 or older? Then you get at least {amount} gross per hour. This applies from {date}. Are you younger? Then the minimum is lower.",
  "print.folder.rights.payslip.label": "Payslip",
  "print.folder.rights.payslip.text": "You get a payslip at the first payment, and each time the amounts change. It shows your gross pay and what is taken off.",
  "print.folder.rights.passport.label": "Your passport",
  "print.folder.rights.passport.text": "Your employer may make a copy of your passport or ID card. But you keep it yourself.",
  "print.folder.rights.fees.label": "No fees for finding work",
  "print.folder.rights.fees.text": "An employment agency or recruiter may not ask you for money to find you work ({law}). A debt you must work off is a warning sign.",
  "print.folder.rights.leave.label": "You may leave",
  "print.folder.rights.leave.text": "You may quit your job. Nobody may threaten you or keep your passport to stop you.",

  "print.folder.help.title": "Where to go",
  "print.folder.help.emergency": "Immediate danger: someone is threatened, hurt or locked up.",
  "print.folder.help.nla": "The Dutch labour inspectorate: pay too low, dangerous work or exploitation. You may report anonymously.",
  "print.folder.help.mma": "Give a tip without your name. They cannot see who you are.",
  "print.folder.help.comensha": "Advice and help about human trafficking, for everyone. Also a safe place to stay.",
  "print.folder.help.politie": "Report it to the police. Ask for the AVIM, the police specialists for human trafficking.",
  "print.folder.help.veiligthuis": "Violence or force by your partner or family.",

  "print.folder.back.title": "Read more in your own language",
  "print.folder.back.text": "Scan the code with your phone. On the website you can read more about your rights, and find the organisation that fits your situation. The website collects nothing about you.",
  "print.folder.back.checked": "Facts checked on {date}.",

  "print.poster.title": "Is this normal at your work?",
  "print.poster.line.passport": "Your boss keeps your passport.",
  "print.poster.line.debt": "You must pay for your job, or you have a debt that never gets smaller.",
  "print.poster.line.wage": "You are 21 or older and get less than {amount} gross per hour.",
  "print.poster.line.leave": "You may not quit, or may not leave.",
  "print.poster.notNormal": "That is not normal. Ask for help. At the labour inspectorate and Meld Misdaad Anoniem you do not have to give your name.",
  "print.poster.qr": "Read more in your own language? Scan the code.",
  "print.poster.tear": "Take a strip with you.",

  "print.card.title": "Useful numbers",
  "print.card.emergency": "Emergency",
  "print.card.nla": "Work and pay",
  "print.card.mma": "Anonymous tip",
  "print.card.comensha": "Advice",
  "print.card.politie": "Police",
  "print.card.veiligthuis": "Home and family",
  "print.cards.instructions": "Print at actual size (100 %, not 'fit to page'). Cut along the grey lines. Each card fits in a wallet.",

  "print.product.folder": "Folder",
  "print.product.poster": "Poster with tear-off strips",
  "print.product.cards": "Pocket cards with numbers",
  "print.download": "{language}: A4 size, {pages}, {size}",
  "print.pages": { one: "{count} page", other: "{count} pages" } as PluralText,
  "print.pdf": "PDF",
};
export default en;
