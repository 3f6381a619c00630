// Regenerates src/server/features/accounts/common-passwords.txt: the 10,000 most common passwords,
// most common first, from the frequency list that the zxcvbn-ts project publishes on npm.
// Run: npx tsx scripts/generate-common-passwords.ts
import { writeFileSync } from "node:fs";
import { dictionary } from "@zxcvbn-ts/language-common";

const list = (dictionary as Record<string, string[]>)["passwords-common"]!.slice(0, 10_000);
writeFileSync(new URL("../src/server/features/accounts/common-passwords.txt", import.meta.url), list.join("\n") + "\n");
console.log(`wrote ${list.length} passwords`);
