// `--open`: start the user's editor on the new file, the way git does with $EDITOR.
import { spawn } from 'node:child_process';

export type EditorResult =
  | { readonly status: 'opened' }
  | { readonly status: 'no-editor' }
  | { readonly status: 'failed'; readonly reason: string };

/**
 * Runs `$VISUAL` or else `$EDITOR` on `path` with the terminal handed over, and waits
 * until it closes. The variable may hold arguments (`code --wait`), so it goes through
 * the shell; the path is passed as a separate argument and is never parsed by it.
 */
export function openInEditor(path: string, env: Readonly<Record<string, string | undefined>>): Promise<EditorResult> {
  const editor = (env['VISUAL'] || env['EDITOR'] || '').trim();
  if (editor === '') return Promise.resolve({ status: 'no-editor' });
  const child =
    process.platform === 'win32'
      ? spawn(`${editor} "${path}"`, { shell: true, stdio: 'inherit', env: { ...env } })
      : spawn('/bin/sh', ['-c', `${editor} "$@"`, editor, path], { stdio: 'inherit', env: { ...env } });
  return new Promise((resolve) => {
    child.on('error', (error) => resolve({ status: 'failed', reason: error.message }));
    child.on('exit', (code, signal) => {
      if (code === 0) resolve({ status: 'opened' });
      else resolve({ status: 'failed', reason: signal ? `gestopt door ${signal}` : `exitcode ${code ?? '?'}` });
    });
  });
}
