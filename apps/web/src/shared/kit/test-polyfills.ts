// react-router reads TextEncoder at import, which jsdom lacks: import this first in a spec that renders routes
import { TextDecoder, TextEncoder } from 'node:util';

Object.assign(globalThis, { TextEncoder, TextDecoder });
