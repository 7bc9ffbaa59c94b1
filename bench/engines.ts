/**
 * The engine benchmarks, run as they are (bench/rules.ts and bench/trace.ts, each in its own
 * process so that neither shares a heap or a JIT with the browser work): their printed lines are
 * kept for the report and their last line, JSON, is parsed.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface EngineRun {
  script: string;
  /** The script's JSON line, parsed; null if it failed. */
  figures: Record<string, unknown> | null;
  /** What it printed, as it printed it. */
  output: string;
  seconds: number;
  error?: string;
}

export async function runEngineBench(projectRoot: string, script: string): Promise<EngineRun> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, script)], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const json = output.trim().split('\n').reverse().find((line) => line.startsWith('{'));
      let figures: Record<string, unknown> | null = null;
      try {
        figures = json ? (JSON.parse(json) as Record<string, unknown>) : null;
      } catch {
        figures = null;
      }
      const run: EngineRun = { script, figures, output: output.trim(), seconds };
      if (code !== 0 || !figures) run.error = `exit ${code}: ${errors.trim().slice(-2000)}`;
      resolve(run);
    });
  });
}
