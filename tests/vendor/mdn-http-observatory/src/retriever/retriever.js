// NOT UPSTREAM: a stand-in for @mdn/mdn-http-observatory's src/retriever/retriever.js, which
// requests http://HOST/ and https://HOST/ on the network. This one asks the local server that
// serves the built site with netlify.toml's headers, so the vendored, unchanged scanner grades
// exactly the headers and HTML that server sends. See ../../README.md.
//
// `hostname` is that server's "host:port", optionally followed by a path ("127.0.0.1:4700/embed/x/");
// upstream always scans the root. What the local server cannot show is modelled on Netlify, which
// serves every site over HTTPS with a valid certificate and answers http:// with a 301 to the
// same address over https://: those two facts, and nothing else, are not measured here.
import { HTML_TYPES, Requests } from "../types.js";
import { Session } from "./session.js";
import { parseHttpEquivHeaders } from "./utils.js";

// The headers upstream's retriever sends with each kind of request.
const STANDARD_HEADERS = { Accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };
const ROBOTS_HEADERS = { Accept: "text/plain,*/*;q=0.8" };
const CORS_ORIGIN = "https://http-observatory.security.mozilla.org";

/**
 * Headers shaped like the AxiosHeaders upstream's analyzers read: each header an own property
 * (lower-cased, as axios gives them), and get() on the prototype.
 */
class ResponseHeaders {
  /** @param {string} name */
  get(name) {
    return /** @type {Record<string, unknown>} */ (this)[name.toLowerCase()];
  }
}

/**
 * @param {URL} url
 * @param {RequestInit & { headers: Record<string, string> }} init
 */
async function fetchLocal(url, init) {
  const response = await fetch(url, { redirect: "manual", ...init, headers: { ...init.headers, connection: "close" } });
  /** @type {Record<string, string | string[]>} */
  const headers = /** @type {any} */ (new ResponseHeaders());
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  return {
    status: response.status,
    statusText: response.statusText,
    headers,
    data: await response.text(),
    request: { headers: Object.fromEntries(Object.entries(init.headers).map(([k, v]) => [k.toLowerCase(), v])) },
    config: { headers: init.headers },
    // The certificate is Netlify's; see above.
    verified: true,
  };
}

/**
 * @param {string} hostname
 * @returns {Promise<Requests>}
 */
export async function retrieve(hostname) {
  const local = new URL(`http://${hostname}`);
  const published = new URL(local);
  published.protocol = "https:";
  const insecure = new URL(local);

  const retrievals = new Requests(local.host);
  const session = new Session(published);
  retrievals.session = session;

  const page = await fetchLocal(local, { headers: STANDARD_HEADERS });
  retrievals.responses.auto = page;
  retrievals.responses.https = page;
  // http:// answers with a 301 to https://, whose page is what a browser ends on.
  retrievals.responses.http = page;
  retrievals.responses.httpRedirects = [
    { url: insecure, status: 301 },
    { url: published, status: page.status },
  ];
  retrievals.responses.httpsRedirects = retrievals.responses.httpRedirects;
  retrievals.resources.path = page.data;

  // Upstream fetches robots.txt to collect any cookies it sets, then sends a CORS preflight.
  const robots = await fetchLocal(new URL("/robots.txt", local), { headers: ROBOTS_HEADERS });
  for (const response of [page, robots]) {
    for (const cookie of /** @type {string[]} */ (response.headers["set-cookie"] ?? [])) {
      session.jar.setCookieSync(cookie, published.href);
    }
  }
  retrievals.responses.cors = await fetchLocal(local, {
    method: "OPTIONS",
    headers: { "Access-Control-Request-Method": "GET", Origin: CORS_ORIGIN },
  });

  const mime = String(page.headers["content-type"] ?? "").split(";")[0];
  page.httpEquiv =
    HTML_TYPES.has(mime) && page.data
      ? parseHttpEquivHeaders(page.data, session.url.href)
      : new Map();
  return retrievals;
}
