// Customer API access tokens: HS256 JWTs for one linked client, as Debitura's POST /oauth/token mints them.
// Debitura does not publish its claims (REFERENCE §9.2), so these are the sandbox's own.
import { SignJWT, jwtVerify } from 'jose';

export interface CustomerTokenClaims {
  creditorId: string;
  externalTenantId: string;
}

const issuer = 'debitura-sandbox';
const audience = 'customer-api';

function keyOf(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

export async function mintCustomerToken(
  secret: string,
  claims: CustomerTokenClaims,
  ttlSeconds: number,
  now: Date,
): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ ext: claims.externalTenantId })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.creditorId)
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .sign(keyOf(secret));
}

/** The claims of a valid token that has an expiry and has not reached it (by the sandbox clock), else undefined. */
export async function verifyCustomerToken(
  secret: string,
  token: string,
  now: Date,
): Promise<CustomerTokenClaims | undefined> {
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), {
      algorithms: ['HS256'],
      issuer,
      audience,
      currentDate: now,
      clockTolerance: 0,
      // A token without an expiry would work forever; Debitura's all expire (30 minutes).
      requiredClaims: ['exp'],
    });
    if (typeof payload.sub !== 'string' || typeof payload.ext !== 'string') return undefined;
    return { creditorId: payload.sub, externalTenantId: payload.ext };
  } catch {
    return undefined;
  }
}
