import { GuidePage, guideMetadata } from '@/components/site/GuidePage';

export const metadata = guideMetadata('ko');

export default function Page() {
  return <GuidePage locale="ko" />;
}
