/** The demo workspace: its data, writing it to a file, and where the default one lives. */
export { createDemo, type DemoSummary } from './createDemo';
export { createDemoFile, type DemoFileOptions } from './demoFile';
export {
  DEMO_FILE_NAME,
  defaultDataDir,
  demoWorkspacePath,
  readLastWorkspace,
  rememberLastWorkspace,
  startupWorkspace,
} from './defaultWorkspace';
