/**
 * The access-control matrix for single sign-on (issue 24 part 1): the administrators' page and its
 * switch for admins only; the sign-in routes open to everyone (they are how one signs in), a callback
 * without its state ending on /logg-inn, an unknown provider 404. Nothing changes: no identity, no
 * account, the requirement stays as it was.
 */
import { adminOnly, matrixTests, type Actor, type Endpoint, type Outcome } from "./access-matrix";
import { e2eDb } from "./db";

const everyone = (outcome: Outcome): Record<Actor, Outcome> => ({
  anonymous: outcome,
  partnerA: outcome,
  partnerB: outcome,
  otherCoordinator: outcome,
  coordinator: outcome,
  admin: outcome,
});

const ENDPOINTS: Endpoint[] = [
  { method: "GET", path: () => "/admin/innlogging", expect: adminOnly },
  // Neither word the form knows: refused as invalid even for the admin, so nothing changes.
  { method: "POST", path: () => "/admin/innlogging", form: { required: "kanskje" }, expect: adminOnly },
  // The button: a redirect to the provider for anyone (nothing is written but the cookie).
  { method: "POST", path: () => "/logg-inn/sso/test", form: { til: "/admin" }, expect: everyone("allow") },
  // A callback without the sealed state: back to /logg-inn with the reason, no session.
  { method: "GET", path: () => "/logg-inn/sso/test/callback?code=gjettet&state=gjettet", expect: everyone("login") },
  { method: "POST", path: () => "/logg-inn/sso/ukjent", form: {}, expect: everyone("notFound") },
  { method: "GET", path: () => "/logg-inn/sso/ukjent/callback?code=x&state=y", expect: everyone("notFound") },
];

matrixTests(ENDPOINTS, () => {
  const db = e2eDb();
  try {
    return db
      .prepare(
        "SELECT (SELECT count(*) FROM user_identities) AS identities, (SELECT count(*) FROM users) AS users, (SELECT value FROM settings WHERE key = 'auth.requireSsoForStaff') AS required",
      )
      .get();
  } finally {
    db.close();
  }
});
