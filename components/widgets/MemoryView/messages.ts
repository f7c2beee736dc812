import { defineMessages } from '@/lib/site/localized';

const en = {
  description:
    "Each box is a named tensor or numpy array of this page's session; the arrow points at the storage holding its numbers. After a write, every tensor over the changed storage is outlined.",
  tensors: 'tensors',
  storages: 'storages',
  changed: 'changed by last write',
  /** `shared`: the names over each shared storage ("a, c; w, v"), or empty. */
  summary: (tensors: number, storages: number, shared: string, written: string) =>
    `${tensors} named tensors and arrays over ${storages} storages. ${shared ? `Shared storage: ${shared}.` : 'No two of them share a storage.'}${written ? ` The last statement wrote to the storage of ${written}, so every one of them changed.` : ''}`,
  empty: 'No tensors yet: create one at the prompt, e.g. a = torch.ones(2, 2).',
  starting: 'The session is starting…',
  tableCaption: 'Named tensors and their storage',
  columns: {
    name: 'name',
    kind: 'kind',
    shape: 'shape',
    storage: 'storage',
    offset: 'offset',
    strides: 'strides',
    version: 'version',
  },
  storageBox: (id: number) => `storage #${id}`,
  written: ' · written',
  layout: (offset: number, strides: string, version: number) =>
    `offset ${offset} · strides ${strides} · version ${version}`,
  script: 'The statements behind this picture, as a script',
};

export type MemoryViewMessages = typeof en;

export const messages = defineMessages(en, {
  description:
    '상자 하나는 이 페이지 세션의 이름 붙은 텐서나 numpy 배열 하나이고, 화살표는 그 숫자들을 담은 저장소(storage)를 가리킵니다. 어떤 저장소에 값을 쓰면, 그 저장소 위의 텐서가 모두 테두리로 표시됩니다.',
  tensors: '텐서',
  storages: '저장소',
  changed: '마지막 쓰기로 바뀐 것',
  summary: (tensors, storages, shared, written) =>
    `이름 붙은 텐서와 배열 ${tensors}개, 저장소 ${storages}개입니다. ${shared ? `저장소를 공유하는 것: ${shared}.` : '저장소를 공유하는 것은 없습니다.'}${written ? ` 마지막 문장이 ${written}의 저장소에 값을 썼으므로, 이들은 모두 바뀌었습니다.` : ''}`,
  empty: '아직 텐서가 없습니다. 프롬프트에서 하나 만들어 보세요. 예: a = torch.ones(2, 2).',
  starting: '세션을 시작하는 중입니다…',
  tableCaption: '이름 붙은 텐서와 그 저장소',
  columns: {
    name: '이름',
    kind: '종류',
    shape: '모양',
    storage: '저장소',
    offset: '오프셋',
    strides: '스트라이드',
    version: '버전',
  },
  storageBox: (id) => `저장소 #${id}`,
  written: ' · 값 바뀜',
  layout: (offset, strides, version) =>
    `오프셋 ${offset} · 스트라이드 ${strides} · 버전 ${version}`,
  script: '이 그림을 만든 문장들을 스크립트로',
});
