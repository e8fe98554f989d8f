// jsdom without the Fetch API: React Router 7 builds a `Request` for every navigation. Lend the
// jsdom window Node's own Fetch classes, with Node's AbortController/AbortSignal so a Request's
// `signal` is one Node recognises.
const { TestEnvironment } = require('jest-environment-jsdom');

class JsdomWithFetchEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    Object.assign(this.global, {
      fetch,
      Request,
      Response,
      Headers,
      FormData,
      AbortController,
      AbortSignal,
      TextEncoder,
      TextDecoder,
      ReadableStream,
      structuredClone,
    });
  }
}

module.exports = JsdomWithFetchEnvironment;
