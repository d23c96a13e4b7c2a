// budget-graph explorer: GraphiQL 3 (standalone build, React 18 from globals) with an "Examples"
// sidebar plugin. Plain browser script, no bundler: src/api/explorer/ serves it as a static asset.
/* global React, ReactDOM, GraphiQL */
(function () {
  'use strict';
  var h = React.createElement;
  var hooks = GraphiQL.React; // @graphiql/react, exposed by the standalone build
  var examples = JSON.parse(document.getElementById('explorer-examples').textContent || '[]');

  /** Puts an example in the editors; the user runs it with the ▶ button (or Ctrl-Enter). */
  function ExamplesPanel() {
    var editors = hooks.useEditorContext({ nonNull: true });
    function load(example) {
      if (editors.queryEditor) editors.queryEditor.setValue(example.query);
      if (editors.variableEditor) editors.variableEditor.setValue(example.variables || '');
    }
    return h(
      'div',
      { className: 'explorer-examples' },
      h('div', { className: 'graphiql-doc-explorer-title' }, 'Examples'),
      h('p', null, 'Pick one to load it into the editor, then run it with ▶.'),
      h(
        'ul',
        null,
        examples.map(function (example, i) {
          return h(
            'li',
            { key: i },
            h('button', { type: 'button', className: 'explorer-example', 'data-example': i, onClick: function () { load(example); } }, example.title),
          );
        }),
      ),
    );
  }

  function ExamplesIcon() {
    return h('svg', { viewBox: '0 0 24 24', width: 20, height: 20, fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, 'aria-hidden': true },
      h('path', { d: 'M4 5h16M4 12h16M4 19h10' }));
  }

  var examplesPlugin = { title: 'Examples', icon: ExamplesIcon, content: ExamplesPanel };
  var first = examples[0];
  // /explorer?query=…&variables=… (the visual explorer's "Open in GraphiQL" links): GraphiQL opens
  // that query in a tab of its own, ready to run with ▶.
  var params = new URLSearchParams(window.location.search);
  var linkedQuery = params.get('query');
  var linkedVariables = params.get('variables');
  var root = ReactDOM.createRoot(document.getElementById('explorer'));
  root.render(
    h(GraphiQL, {
      fetcher: GraphiQL.createFetcher({ url: '/graphql' }),
      plugins: [examplesPlugin],
      visiblePlugin: examplesPlugin,
      defaultQuery: first ? '# ' + first.title + '\n' + first.query : '{ status { version nodeCount } }\n',
      query: linkedQuery || undefined,
      variables: linkedQuery ? linkedVariables || '' : undefined,
      // Separate history and tabs from other GraphiQL pages on the same origin.
      storage: GraphiQL.createLocalStorage({ namespace: 'budget-graph' }),
      // Headers may carry an API key: keep them out of localStorage.
      shouldPersistHeaders: false,
      defaultEditorToolsVisibility: false,
    }),
  );
})();
