import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// findBy*/waitFor: the first render of a page (cold module graph) on a busy 2-core machine can take
// longer than testing-library's 1 s default.
configure({ asyncUtilTimeout: 4000 });

// What Mantine expects from a browser and jsdom does not provide.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  configurable: true,
  value: (query: string): MediaQueryList => ({
    media: query,
    matches: false,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
window.ResizeObserver = ResizeObserverStub;

Element.prototype.scrollIntoView = function scrollIntoView(): void {};
