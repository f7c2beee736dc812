import { layoutMetadata, siteViewport } from '@/components/site/pageMetadata';
import { RootShell } from '@/components/site/RootShell';

export const metadata = layoutMetadata('ko');
export const viewport = siteViewport;

export default function Layout({ children }: { children: React.ReactNode }) {
  return <RootShell locale="ko">{children}</RootShell>;
}
