// Watches the logbook's folder for changes. fs.watch reports one save as several
// events (and editors save through a temporary file), so changes are gathered for a
// short moment and then announced once. Output and cache folders are ignored: the
// preview writes nothing there, but `ef report` or `ef check` running beside it may.
import { watch, type FSWatcher } from 'node:fs';

const IGNORED = /(?:^|[\\/])(?:\.git|\.ef-cache|node_modules|reports)(?:[\\/]|$)|~$|\.swp$|\.tmp-[^\\/]*$/;

export interface Watcher {
  close(): void;
}

export function watchLogbook(root: string, onChange: () => void, settleMs = 120): Watcher {
  let timer: NodeJS.Timeout | undefined;
  const watcher: FSWatcher = watch(root, { recursive: true, persistent: true }, (_event, name) => {
    if (name !== null && IGNORED.test(String(name))) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      onChange();
    }, settleMs);
  });
  // A folder that disappears (renamed away) ends the watch; the preview keeps serving.
  watcher.on('error', () => watcher.close());
  return {
    close() {
      if (timer) clearTimeout(timer);
      watcher.close();
    },
  };
}
