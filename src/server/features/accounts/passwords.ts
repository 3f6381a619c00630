/**
 * Password hashing with scrypt (Node's crypto; memory-hard, no native add-on). The parameters and
 * a per-user salt are stored with each hash, so they can be raised later without breaking logins.
 */
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { PACKAGE_ROOT } from "../../../config/paths.ts";

const scrypt = (password: string, salt: Buffer, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((ok, fail) => scryptCb(password, salt, keylen, options, (err, key) => (err ? fail(err) : ok(key))));

/** log2(N)=15, r=8, p=1: OWASP's scrypt minimum; about 50 ms and 32 MiB per hash here. */
const CURRENT = { logN: 15, r: 8, p: 1, keylen: 32 };

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const { logN, r, p, keylen } = CURRENT;
  const key = await scrypt(password.normalize("NFKC"), salt, keylen, { N: 2 ** logN, r, p, maxmem: 128 * 2 ** logN * r * 2 });
  return ["scrypt", logN, r, p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, logN, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !logN || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, "base64url");
  const N = 2 ** Number(logN);
  const actual = await scrypt(password.normalize("NFKC"), Buffer.from(salt, "base64url"), expected.length, {
    N,
    r: Number(r),
    p: Number(p),
    maxmem: 128 * N * Number(r) * 2,
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** True when a stored hash uses weaker parameters than today's and should be replaced at sign-in. */
export function needsRehash(stored: string): boolean {
  const [, logN, r, p] = stored.split("$");
  return Number(logN) !== CURRENT.logN || Number(r) !== CURRENT.r || Number(p) !== CURRENT.p;
}

let common: Set<string> | undefined;

/** The 10,000 most common passwords (shipped in common-passwords.txt), compared case-insensitively. */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(
    readFileSync(resolve(PACKAGE_ROOT, "src/server/features/accounts/common-passwords.txt"), "utf8")
      .split("\n")
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
  );
  return common.has(password.toLowerCase());
}

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `must be at most ${MAX_PASSWORD_LENGTH} characters`;
  if (isCommonPassword(password)) return "is one of the most common passwords; choose one that is harder to guess";
  return null;
}
