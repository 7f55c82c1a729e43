// What a failed file-system call means, in Dutch, for a located message.

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'het bestaat niet';
    case 'EACCES':
    case 'EPERM':
      return 'geen leesrechten';
    case 'EISDIR':
      return 'het is een map';
    case 'ENOTDIR':
      return 'het is geen map';
    case 'ELOOP':
    case 'EMLINK':
      // O_NOFOLLOW on a symbolic link.
      return 'het is een symbolische koppeling (symlink); ef volgt die hier niet';
    case 'ENXIO':
      // Opening a socket.
      return 'het is een socket of apparaat, geen gewoon bestand';
    default:
      return code ?? 'onbekende fout';
  }
}
