/**
 * Which modalities each kind of partner supports over federation at Office 365 GA
 * (evidence: modalities; the article's own table lost its check marks in copying).
 */
import type { MatrixCell, Modality, ModalityResult, Platform, Source } from './model.ts';
import { documentSource } from './documents.ts';

export { MODALITIES, PLATFORMS } from './model.ts';

const IM_PRESENCE: Source = {
  kind: 'seed',
  paragraph: 5,
  quote: 'Federated contacts can see presence, communicate using IM',
};
const LYNC_AV: Source = {
  kind: 'seed',
  paragraph: 5,
  quote: 'make Lync-to-Lync audio and video calls',
};
const NO_FILE_TRANSFER: Source = {
  kind: 'seed',
  paragraph: 14,
  quote: 'File transfer is not available with federated connections.',
};
const R2_AV: Source = {
  kind: 'evidence',
  evidence: 'modalities#audio-and-video',
  confidence: 'sourced',
  document: documentSource('laterServiceDescription'),
  note: 'A later Microsoft service description lists "IM, Presence, Audio, Video" for OCS 2007 R2 partners; the article puts OCS in one row with Lync Server 2010.',
};
const R1_AV: Source = {
  kind: 'evidence',
  evidence: 'modalities#audio-and-video',
  confidence: 'uncertain',
  document: { title: 'Microsoft, Lync Server 2010 interoperability notes for Office Communications Server 2007' },
  note: 'Uncertain: the article puts OCS 2007 in the Lync Server 2010 row, but its users run Office Communicator, not Lync; Lync\'s interoperability notes speak of video "with some voice feature limitations" (coexistence, not federation).',
};
const MESSENGER_AV: Source = {
  kind: 'evidence',
  evidence: 'modalities#messenger-audio-and-video',
  confidence: 'uncertain',
  document: documentSource('kb897567'),
  note: 'No, as the article reads it (its audio and video column is "Lync-to-Lync"), but uncertain: KB 897567\'s "audio, video … not supported" is about public IM connectivity of LCS 2005 SP1 and OCS 2007 / 2007 R2, not Lync; Lync Server 2010 on premises offered it with Messenger 2011; Lync Online\'s own help, undated, lists peer-to-peer audio/video calls with Messenger users.',
};

export const MESSENGER_AV_UNCERTAINTY =
  'Audio and video with Windows Live Messenger are shown as not supported because the article\'s audio and video column is "Lync-to-Lync", but this is uncertain: the Microsoft article usually cited for "IM and presence only" (KB 897567) is about Office Communications Server, not Lync; Lync Server 2010 on premises offered peer-to-peer audio and video with Messenger 2011 (encryption level set to Supported); and Lync Online\'s own help, undated, lists peer-to-peer audio/video calls with Messenger users. No source dates it for Lync Online.';

export const OCS_2007_AV_UNCERTAINTY =
  'Audio and video with OCS 2007 (R1) partners are uncertain: the article lists OCS 2007 with Lync Server 2010, but its users run Office Communicator, not Lync, and Lync\'s own notes on OCS 2007 speak of video "with some voice feature limitations" for two servers in one company, not for federation.';

const yes = (source: Source): MatrixCell => ({ supported: true, certainty: 'certain', source });
const no = (source: Source): MatrixCell => ({ supported: false, certainty: 'certain', source });
const messengerAv: MatrixCell = { supported: false, certainty: 'uncertain', source: MESSENGER_AV, uncertainty: MESSENGER_AV_UNCERTAINTY };
const unsure: MatrixCell = { supported: true, certainty: 'uncertain', source: R1_AV, uncertainty: OCS_2007_AV_UNCERTAINTY };

const lyncRow = (av: Source): Record<Modality, MatrixCell> => ({
  im: yes(IM_PRESENCE),
  presence: yes(IM_PRESENCE),
  audio: yes(av),
  video: yes(av),
  'file-transfer': no(NO_FILE_TRANSFER),
});

/** The modality matrix: partner kind → modality → supported, with certainty and source. */
export const MATRIX: Readonly<Record<Platform, Readonly<Record<Modality, MatrixCell>>>> = {
  'lync-online': lyncRow(LYNC_AV),
  'lync-server-2010': lyncRow(LYNC_AV),
  'ocs-2007-r2': lyncRow(R2_AV),
  'ocs-2007': { ...lyncRow(LYNC_AV), audio: unsure, video: unsure },
  'windows-live-messenger': {
    im: yes(IM_PRESENCE),
    presence: yes(IM_PRESENCE),
    audio: messengerAv,
    video: messengerAv,
    'file-transfer': no(NO_FILE_TRANSFER),
  },
};

/** The matrix cell for one partner kind and modality. */
export function supportOf(platform: Platform, modality: Modality): MatrixCell {
  return MATRIX[platform][modality];
}

/**
 * What a cell leaves uncertain, as a result carries it (`certainty`, `uncertainty`): nothing for a
 * certain cell. One place for evaluate and for the diagnosis's dated answer.
 */
export function cellDoubt(platform: Platform, modality: Modality): Pick<ModalityResult, 'certainty' | 'uncertainty'> {
  const cell = MATRIX[platform][modality];
  if (cell.certainty !== 'uncertain') return {};
  return cell.uncertainty === undefined ? { certainty: 'uncertain' } : { certainty: 'uncertain', uncertainty: cell.uncertainty };
}
