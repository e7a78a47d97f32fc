// Answers negotiation requests on stdin for against_icu.py, one per line: `tag\tJSON string` or
// `list\tJSON string` (answered by the language id) or `langTag\tid` (answered by the tag), one
// answer a line.
import { createInterface } from 'node:readline';
import { langFromList, langFromTag, langTag } from 'room-errors';

createInterface({ input: process.stdin }).on('line', (line) => {
  const [kind, json] = line.split('\t');
  const text = JSON.parse(json);
  const answer = { tag: langFromTag, list: langFromList, langTag }[kind](text);
  process.stdout.write(`${answer}\n`);
});
