// The suite (test/e2e/suite/index.ts) ends with "E2E RESULT: <passed> passed, <failed> failed".
const RESULT_LINE = /^E2E RESULT: (\d+) passed, (\d+) failed$/m;

/** @returns {{ passed: number, failed: number } | undefined} */
export function parseResultLine(text) {
  const match = RESULT_LINE.exec(text);
  return match ? { passed: Number(match[1]), failed: Number(match[2]) } : undefined;
}

export function formatSummary({ passed, failed }) {
  return `E2E RESULT: ${passed} passed, ${failed} failed`;
}
