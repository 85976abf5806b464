// NOT UPSTREAM: a stand-in for @mdn/mdn-http-observatory's src/retriever/session.js, which makes
// its requests with axios and cookie agents over the network. The vendored analyzers read only
// `url` (the scanned address) and `jar` (the cookies the site set) from a session; see ../../README.md.
import { CookieJar } from "tough-cookie";

export class Session {
  /** @type {URL} */
  url;
  /** @type {CookieJar} */
  jar;

  /** @param {URL} url */
  constructor(url) {
    this.url = url;
    this.jar = new CookieJar();
  }
}
