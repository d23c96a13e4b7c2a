/** Writes to stdout and resolves once the text is handed to the OS (safe before process.exit). */
export function writeStdout(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (e) => (e ? reject(e) : resolve()));
  });
}
