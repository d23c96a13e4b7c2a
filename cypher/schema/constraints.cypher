// Constraints and indexes, created idempotently at every start (IF NOT EXISTS).
// Keys: every node the ingest writes has a `key` unique within its label, computed by the
// graph stage so that loading the same document twice changes nothing.
CREATE CONSTRAINT government_key IF NOT EXISTS FOR (n:Government) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT department_key IF NOT EXISTS FOR (n:Department) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT unit_key IF NOT EXISTS FOR (n:Unit) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT document_key IF NOT EXISTS FOR (n:Document) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT subject_code_key IF NOT EXISTS FOR (n:SubjectCode) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT fund_source_key IF NOT EXISTS FOR (n:FundSource) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT fact_key IF NOT EXISTS FOR (n:Fact) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT project_key IF NOT EXISTS FOR (n:Project) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT transfer_key IF NOT EXISTS FOR (n:TransferPayment) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT indicator_key IF NOT EXISTS FOR (n:Indicator) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT plan_indicator_key IF NOT EXISTS FOR (n:PlanIndicator) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT target_key IF NOT EXISTS FOR (n:Target) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT validation_issue_key IF NOT EXISTS FOR (n:ValidationIssue) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT table_key IF NOT EXISTS FOR (n:SourceTable) REQUIRE n.key IS UNIQUE;
CREATE INDEX document_hash IF NOT EXISTS FOR (n:Document) ON (n.contentHash);
CREATE INDEX subject_code_code IF NOT EXISTS FOR (n:SubjectCode) ON (n.code);
CREATE INDEX fact_year IF NOT EXISTS FOR (n:Fact) ON (n.year);
CREATE INDEX unit_name IF NOT EXISTS FOR (n:Unit) ON (n.name);
CREATE INDEX project_name IF NOT EXISTS FOR (n:Project) ON (n.name);
// Chinese names: the cjk analyzer indexes character bigrams; one-character queries fall back
// to CONTAINS on names (the TEXT indexes below).
CREATE FULLTEXT INDEX name_fulltext IF NOT EXISTS
FOR (n:Government|Department|Unit|Project|SubjectCode|Indicator|PlanIndicator|Document)
ON EACH [n.name, n.title]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
CREATE CONSTRAINT project_budget_key IF NOT EXISTS FOR (n:ProjectBudget) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT stated_figure_key IF NOT EXISTS FOR (n:StatedFigure) REQUIRE n.key IS UNIQUE;
// Lists and analytics select documents by city and kind (and lists anchor on the document: a
// projectBudgets list of one city starts from its documents, not from every project budget).
CREATE INDEX document_city IF NOT EXISTS FOR (n:Document) ON (n.city);
CREATE INDEX document_kind IF NOT EXISTS FOR (n:Document) ON (n.kind);
// `contains` / `startsWith` on names and titles (list filters, docs/examples/09):
// TEXT indexes answer them by index instead of reading every node of the label (project budgets
// whose name contains 人才 at cities=10,departments=10,years=5: 3,013 index hits, not 24,348).
CREATE TEXT INDEX government_name_text IF NOT EXISTS FOR (n:Government) ON (n.name);
CREATE TEXT INDEX department_name_text IF NOT EXISTS FOR (n:Department) ON (n.name);
CREATE TEXT INDEX unit_name_text IF NOT EXISTS FOR (n:Unit) ON (n.name);
CREATE TEXT INDEX project_name_text IF NOT EXISTS FOR (n:Project) ON (n.name);
CREATE TEXT INDEX project_budget_name_text IF NOT EXISTS FOR (n:ProjectBudget) ON (n.name);
CREATE TEXT INDEX subject_code_name_text IF NOT EXISTS FOR (n:SubjectCode) ON (n.name);
CREATE TEXT INDEX indicator_name_text IF NOT EXISTS FOR (n:Indicator) ON (n.name);
CREATE TEXT INDEX plan_indicator_name_text IF NOT EXISTS FOR (n:PlanIndicator) ON (n.name);
CREATE TEXT INDEX document_title_text IF NOT EXISTS FOR (n:Document) ON (n.title);
