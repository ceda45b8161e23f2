/** `npm run packs:check -- [files…]`: checks challenge packs before a library publishes them. */
import { resolve } from 'node:path';
import { checkPackFiles, formatFinding, packFilesIn } from './pack-check-run';
import { CHALLENGES_DIR } from './paths';

const named = process.argv.slice(2).filter((argument) => argument !== '--');
const files = named.length > 0 ? named.map((file) => resolve(file)) : packFilesIn(CHALLENGES_DIR);
if (files.length === 0) {
  console.error(`No packs found in ${CHALLENGES_DIR}: a pack is a .json file there.`);
  process.exit(1);
}
const findings = checkPackFiles(files);

for (const finding of findings) console.log(formatFinding(finding));

const filesWithProblems = new Set(findings.map((finding) => finding.file)).size;
const packs = files.length === 1 ? '1 pack' : `${files.length} packs`;
if (findings.length === 0) {
  console.log(`Checked ${packs}: all fine.`);
} else {
  const problems = findings.length === 1 ? '1 problem' : `${findings.length} problems`;
  console.log(
    `Checked ${packs}: ${problems} in ${filesWithProblems} ${filesWithProblems === 1 ? 'file' : 'files'}.`,
  );
  process.exitCode = 1;
}
