import { useState } from 'preact/hooks';
import type { Pack } from '../../core/pack/schema';
import { addPack } from '../../db/packs';
import { useApp } from '../app-context';
import { fetchPack, type PackFetch } from './pack-source';

export type AddState =
  { kind: 'idle' } | { kind: 'adding' } | { kind: 'added' } | Exclude<PackFetch, { kind: 'ok' }>;

/** Fetches a pack (unless it is given), checks it and keeps it on the device, starting this week. */
export function useAddPack() {
  const { week } = useApp();
  const [state, setState] = useState<AddState>({ kind: 'idle' });
  const add = async (packId: string, known?: Pack): Promise<boolean> => {
    setState({ kind: 'adding' });
    const result: PackFetch = known ? { kind: 'ok', pack: known } : await fetchPack(packId);
    if (result.kind !== 'ok') {
      setState(result);
      return false;
    }
    try {
      await addPack(result.pack, week);
    } catch {
      setState({ kind: 'failed' });
      return false;
    }
    setState({ kind: 'added' });
    return true;
  };
  return { state, add };
}
