/** "documents 12/40" on one line in a terminal, every 10 % in a log. */
export function progress(label: string): (done: number, total: number) => void {
  let lastShown = -1;
  return (done, total) => {
    if (process.stdout.isTTY) {
      process.stdout.write(`\r${label} ${done}/${total}${done === total ? '\n' : ''}`);
    } else {
      const step = Math.floor((done / total) * 10);
      if (step !== lastShown || done === total) console.log(`${label} ${done}/${total}`);
      lastShown = step;
    }
  };
}
