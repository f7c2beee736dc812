import type { MDXComponents } from 'mdx/types';
import { Aside } from '@/components/prose/Aside';
import { ChannelWiring } from '@/components/prose/ChannelWiring';
import { CheckYourself, Question } from '@/components/prose/CheckYourself';
import { CodeBlock } from '@/components/prose/CodeBlock';
import { Correction } from '@/components/prose/Correction';
import { Figure } from '@/components/prose/Figure';
import { ProseNumber } from '@/components/prose/ProseNumber';
import { References } from '@/components/prose/References';
import { SmartLink } from '@/components/prose/SmartLink';
import { Table } from '@/components/prose/Table';
import { LazyWidget } from '@/components/widget/LazyWidget';
import { widgetSpecs } from '@/components/widgets/specs';
import { widgetTitle } from '@/components/widgets/spec';
import type { Locale } from '@/lib/site/strings';

/**
 * The one registry of components a lesson may use by name, without imports.
 * Prose components render on the server; each widget is a lazy client island.
 */
const widgets: MDXComponents = Object.fromEntries(
  widgetSpecs.map((spec) => {
    const { name, id, height } = spec;
    const title = { en: widgetTitle(spec, 'en'), ko: widgetTitle(spec, 'ko') };
    const Widget = (props: Record<string, unknown>) => (
      <LazyWidget spec={{ name, id, title, height }} props={props} />
    );
    Widget.displayName = name;
    return [name, Widget];
  }),
);

const components: MDXComponents = {
  pre: CodeBlock,
  a: SmartLink,
  table: Table,
  Aside,
  Correction,
  Figure,
  References,
  CheckYourself,
  Question,
  ProseNumber,
  ChannelWiring,
  ...widgets,
};

export function useMDXComponents(inherited: MDXComponents = {}): MDXComponents {
  return { ...inherited, ...components };
}

/**
 * The prose components that write words of their own (a default heading, a label), bound to a
 * page's language. Server components cannot read the page's locale from context, so the page
 * hands these to its MDX content (`<Content components={proseIn(locale)} />`); they override the
 * registry's English ones.
 */
export function proseIn(locale: Locale): MDXComponents {
  type Props<C extends (props: never) => React.ReactNode> = Parameters<C>[0];
  return {
    table: (props: Props<typeof Table>) => <Table {...props} locale={locale} />,
    Aside: (props: Props<typeof Aside>) => <Aside {...props} locale={locale} />,
    Correction: (props: Props<typeof Correction>) => <Correction {...props} locale={locale} />,
    References: (props: Props<typeof References>) => <References {...props} locale={locale} />,
    CheckYourself: (props: Props<typeof CheckYourself>) => (
      <CheckYourself {...props} locale={locale} />
    ),
  };
}
