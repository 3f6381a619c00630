import { test } from "node:test";
import assert from "node:assert/strict";
import { generatePronunciation, syllabify, termPronunciation, type PronouncingDictionary } from "./pronunciation.ts";

// Entries copied from the CMU Pronouncing Dictionary, so the table tests the rules, not the data.
const dict: PronouncingDictionary = {
  latency: "L EY1 T AH0 N S IY0",
  database: "D EY1 T AH0 B EY2 S",
  schema: "S K IY1 M AH0",
  query: "K W IY1 R IY0",
  throughput: "TH R UW1 P UH2 T",
  authentication: "AO0 TH EH2 N T AH0 K EY1 SH AH0 N",
  authorization: "AO2 TH ER0 AH0 Z EY1 SH AH0 N",
  scalability: "S K EY1 L AH0 B IH1 L IH0 T IY0",
  caching: "K AE1 SH IH0 NG",
  endpoint: "EH1 N D P OY2 N T",
  load: "L OW1 D",
  balancing: "B AE1 L AH0 N S IH0 NG",
  middle: "M IH1 D AH0 L",
  ware: "W EH1 R",
  shard: "SH AA1 R D",
  race: "R EY1 S",
  condition: "K AH0 N D IH1 SH AH0 N",
  http: "EY2 CH T IY2 T IY2 P IY1",
  api: "EY2 P IY2 AY1",
  man: "M AE1 N",
  in: "IH0 N",
  the: "DH AH0",
  parameter: "P ER0 AE1 M AH0 T ER0",
  logging: "L AO1 G IH0 NG",
  docker: "D AA1 K ER0",
  percentile: "P ER0 S EH1 N T AY2 L",
  memory: "M EH1 M ER0 IY0",
  con: "K AA1 N",
  currency: "K ER1 AH0 N S IY0",
};

test("respelling and IPA from ARPAbet", () => {
  const cases: [term: string, respelling: string, ipa: string][] = [
    ["latency", "LAY-tun-see", "/ˈleɪtənsi/"],
    ["database", "DAY-tuh-bayss", "/ˈdeɪtəˌbeɪs/"],
    ["schema", "SKEE-muh", "/ˈskimə/"],
    ["query", "KWEER-ee", "/ˈkwiri/"],
    ["throughput", "THROO-poot", "/ˈθruˌpʊt/"],
    ["authentication", "aw-then-tuh-KAY-shun", "/ɔˌθɛntəˈkeɪʃən/"],
    ["authorization", "aw-thuh-ruh-ZAY-shun", "/ˌɔθərəˈzeɪʃən/"],
    // CMU marks two primary stresses here; the last one is the word's stress.
    ["scalability", "skay-luh-BIL-ih-tee", "/ˌskeɪləˈbɪlɪti/"],
    ["caching", "KASH-ing", "/ˈkæʃɪŋ/"],
    ["endpoint", "END-poynt", "/ˈɛndˌpɔɪnt/"],
    ["Load balancing", "LOHD BAL-un-sing", "/ˈloʊd ˈbælənsɪŋ/"],
    ["race condition", "RAYSS kun-DISH-un", "/ˈreɪs kənˈdɪʃən/"],
    ["query parameter", "KWEER-ee puh-RAM-uh-ter", "/ˈkwiri pəˈræmətɚ/"],
    ["logging", "LAWG-ing", "/ˈlɔɡɪŋ/"],
    ["docker", "DAH-ker", "/ˈdɑkɚ/"],
    ["percentile", "per-SEN-tyle", "/pɚˈsɛnˌtaɪl/"],
    ["memory", "MEM-uh-ree", "/ˈmɛməri/"],
    ["API", "ay-pee-EYE", "/ˌeɪˌpiˈaɪ/"],
    ["HTTP", "aych-tee-tee-PEE", "/ˌeɪtʃˌtiˌtiˈpi/"],
    // Not in the dictionary: a vowelless initialism is spelled letter by letter.
    ["SQL", "ess-kyoo-EL", "/ˌɛsˌkjuˈɛl/"],
    ["TCP", "tee-see-PEE", "/ˌtiˌsiˈpi/"],
    // An inflection of a dictionary word, and a compound of two.
    ["sharding", "SHAR-ding", "/ˈʃɑrdɪŋ/"],
    ["middleware", "MID-ul-wair", "/ˈmɪdəlˌwɛr/"],
    // Function words inside a phrase are unstressed.
    ["man-in-the-middle", "MAN in thuh MID-ul", "/ˈmæn ɪn ðə ˈmɪdəl/"],
  ];
  for (const [term, respelling, ipa] of cases) {
    assert.deepEqual(generatePronunciation(term, dict), { respelling, ipa }, term);
  }
});

test("null when any word cannot be pronounced", () => {
  const cases = [
    "idempotent", // not in the dictionary, and not an inflection or compound of entries
    "concurrency", // "con" + "currency" is a prefix, not a compound: stress would be wrong
    "latency budget", // one of two words missing
    "JSON", // capitals with vowels may be a word ("JAY-sun"), not letters
    "Node.js",
    "",
  ];
  for (const term of cases) assert.equal(generatePronunciation(term, dict), null, term);
});

test("a term's own pronunciation overrides the generated one", () => {
  const pronunciation = { respelling: "LAY-tun-see", ipa: "/ˈleɪtn̩si/" };
  assert.deepEqual(termPronunciation({ term: "latency", pronunciation }, dict), pronunciation);
  assert.deepEqual(termPronunciation({ term: "idempotent", pronunciation }, dict), pronunciation);
  assert.equal(termPronunciation({ term: "idempotent" }, dict), null);
});

test("syllables take the longest onset English allows", () => {
  const cases: [phones: string, syllables: string[]][] = [
    ["EH1 K S T R AH0", ["EH1 K", "S T R AH0"]], // extra: s-t-r is a legal onset
    ["AE1 T L AH0 S", ["AE1 T", "L AH0 S"]], // atlas: t-l is not
    ["K AE1 N Y AH0 N", ["K AE1 N", "Y AH0 N"]], // canyon: n-y is not
    ["K AH0 M P Y UW1 T ER0", ["K AH0 M", "P Y UW1", "T ER0"]], // computer: p-y is
    ["S IH1 NG ER0", ["S IH1 NG", "ER0"]], // singer: ng never starts a syllable
  ];
  for (const [phones, expected] of cases) {
    const got = syllabify(phones.split(" ")).map((s) =>
      [...s.onset, `${s.vowel}${s.stress}`, ...s.coda].join(" "),
    );
    assert.deepEqual(got, expected, phones);
  }
});
