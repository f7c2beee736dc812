import { layoutMetadata, siteViewport } from '@/components/site/pageMetadata';
import { RootShell } from '@/components/site/RootShell';

export const metadata = layoutMetadata('en');
export const viewport = siteViewport;

export default function Layout({ children }: { children: React.ReactNode }) {
  return <RootShell locale="en">{children}</RootShell>;
}
