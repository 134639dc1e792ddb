#!/usr/bin/env node
// Fails early, in plain words, when there is no browser for the tests.
import { chromePath } from './chrome-path.js';

if (!chromePath()) {
  console.error(`No Chromium found for the browser tests.
Install Debian's:   apt-get update && apt-get install -y chromium
or point CHROME_PATH at a Chrome or Chromium binary:   CHROME_PATH=/path/to/chrome npm test`);
  process.exit(1);
}
