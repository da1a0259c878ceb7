import type { CoproBridge } from '../../shared/bridge';

declare global {
  interface Window {
    /** Set by Electron's preload; absent in browser mode, where the HTTP transport takes over. */
    copro?: CoproBridge;
  }
}
