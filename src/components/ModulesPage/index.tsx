/** The list of feature modules, each with its endpoint and error counts. */
import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import type {ModuleCard} from '@site/src/plugins/error-reference/page-data';
import ModuleCards from '../ModuleCards';
import {useLabels} from '@site/src/i18n/labels';

export default function ModulesPage({data}: {data: ModuleCard[]}): ReactNode {
  const t = useLabels();
  return (
    <Layout title={t.modulesTitle} description={t.modulesDescription}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{t.modulesTitle}</Heading>
        <p>{t.modulesDescription}</p>
        <ModuleCards modules={data} />
      </main>
    </Layout>
  );
}
