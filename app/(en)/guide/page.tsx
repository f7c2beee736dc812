import { GuidePage, guideMetadata } from '@/components/site/GuidePage';

export const metadata = guideMetadata('en');

export default function Page() {
  return <GuidePage locale="en" />;
}
