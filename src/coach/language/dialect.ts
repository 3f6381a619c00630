/**
 * British and American spellings of the same word. harper.js checks one dialect (the coach runs it
 * as American), so "colour", "organisation", "analysed", "cancelled" and "centre" come back as
 * misspellings of "color", "organization"…: correct English for the many learners taught British
 * spelling, and never a mistake worth their attention. Pure.
 */

/** Both spellings reduced to one form by the regular British → American changes. */
function americanSkeleton(word: string): string {
  return word
    .toLowerCase()
    .replace(/^practis/, "practic") // practise (the British verb), practised
    .replace(/our(?=s?$|ed$|ing$|ite|able|ful|less|ism|ist|er)/, "or") // colour, behaviour, favourite
    .replace(/([^aeiou])re(s|d)?$/, "$1er$2") // centre, metre, theatre
    .replace(/is(e|ed|es|ing|ation|ations|er|ers)$/, "iz$1") // organise, optimisation
    .replace(/ys(e|ed|es|ing|er|ers)$/, "yz$1") // analyse, paralysed
    .replace(/ll(ed|ing|er|ers)$/, "l$1") // cancelled, travelling, modeller
    .replace(/ence$/, "ense") // licence, defence
    .replace(/ogue$/, "og") // catalogue, dialogue
    .replace(/ae/, "e"); // anaemia, paediatric
}

/** British spellings no regular change explains, with their American form. */
const IRREGULAR_PAIRS = new Map([
  ["grey", "gray"], ["cosy", "cozy"], ["tyre", "tire"], ["tyres", "tires"], ["kerb", "curb"], ["plough", "plow"], ["cheque", "check"],
  ["cheques", "checks"], ["programme", "program"], ["programmes", "programs"], ["storey", "story"], ["storeys", "stories"],
  ["pyjamas", "pajamas"], ["sceptical", "skeptical"], ["moustache", "mustache"], ["draught", "draft"], ["jewellery", "jewelry"],
  ["aluminium", "aluminum"], ["ageing", "aging"], ["judgement", "judgment"], ["fulfil", "fulfill"], ["enrol", "enroll"],
  ["skilful", "skillful"], ["instalment", "installment"], ["doughnut", "donut"], ["manoeuvre", "maneuver"], ["mum", "mom"],
]);

/** Whether `word` is the other dialect's spelling of `suggestion` ("colour" for "color"). */
export function isDialectVariant(word: string, suggestion: string): boolean {
  const w = word.toLowerCase();
  const s = suggestion.toLowerCase();
  return w !== s && (americanSkeleton(w) === americanSkeleton(s) || IRREGULAR_PAIRS.get(w) === s);
}
