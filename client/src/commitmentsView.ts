import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COMMITMENTS_REQUEST, type CommitmentItem } from '../../server/src/protocol';

type Status = CommitmentItem['status'];

/** A node of the commitments tree: a status group, a due-date group under it, or a commitment. */
export type CommitmentNode =
  | { readonly kind: 'status'; readonly status: Status; readonly items: readonly CommitmentItem[] }
  | { readonly kind: 'due'; readonly status: Status; readonly due: string | undefined; readonly items: readonly CommitmentItem[] }
  | { readonly kind: 'item'; readonly item: CommitmentItem };

const STATUS_ORDER: readonly Status[] = ['open', 'fulfilled', 'broken', 'superseded'];
const STATUS_LABEL: Record<Status, string> = { open: 'Open', fulfilled: 'Fulfilled', broken: 'Broken', superseded: 'Superseded' };
const STATUS_ICON: Record<Status, vscode.ThemeIcon> = {
  open: new vscode.ThemeIcon('circle-large-outline'),
  fulfilled: new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed')),
  broken: new vscode.ThemeIcon('error', new vscode.ThemeColor('testing.iconFailed')),
  superseded: new vscode.ThemeIcon('history'),
};
const OVERDUE_ICON = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.errorForeground'));

/** Groups items by status, then by due date (undated last); only statuses that occur are shown. */
export function groupCommitments(items: readonly CommitmentItem[]): CommitmentNode[] {
  return STATUS_ORDER.flatMap((status): CommitmentNode[] => {
    const inStatus = items.filter((i) => i.status === status);
    return inStatus.length > 0 ? [{ kind: 'status', status, items: inStatus }] : [];
  });
}

function dueGroups(status: Status, items: readonly CommitmentItem[]): CommitmentNode[] {
  const dues = [...new Set(items.map((i) => i.due))].sort((a, b) => (a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : a.localeCompare(b)));
  return dues.map((due) => ({ kind: 'due', status, due, items: items.filter((i) => i.due === due) }));
}

function describe(item: CommitmentItem): string {
  if (item.overdue && item.daysLeft !== undefined) return `overdue by ${-item.daysLeft} day${item.daysLeft === -1 ? '' : 's'}`;
  if (item.status === 'fulfilled') return item.fulfilledBy ? `by ${item.fulfilledBy}` : 'fulfilled';
  if (item.fulfilledBy && !item.fulfilledByUri) return `fulfilled-by ${item.fulfilledBy} not found`;
  if (item.status === 'open' && item.daysLeft !== undefined) return item.daysLeft === 0 ? 'due today' : `${item.daysLeft} days left`;
  return item.documentTitle ?? '';
}

/** The commitments explorer view: data from `policyLens/commitments`, refreshed on demand and after edits. */
export class CommitmentsProvider implements vscode.TreeDataProvider<CommitmentNode> {
  private readonly changed = new vscode.EventEmitter<CommitmentNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly getClient: () => LanguageClient | undefined) {}

  /** Re-fetches everything at the next expansion. */
  refresh(): void {
    this.changed.fire(undefined);
  }

  async getChildren(node?: CommitmentNode): Promise<CommitmentNode[]> {
    if (!node) {
      const client = this.getClient();
      if (!client?.isRunning()) return [];
      const items = await client.sendRequest<CommitmentItem[]>(COMMITMENTS_REQUEST).catch(() => []);
      return groupCommitments(items);
    }
    if (node.kind === 'status') return dueGroups(node.status, node.items);
    if (node.kind === 'due') return node.items.map((item) => ({ kind: 'item', item }));
    return [];
  }

  getTreeItem(node: CommitmentNode): vscode.TreeItem {
    if (node.kind === 'status') {
      const overdue = node.items.filter((i) => i.overdue).length;
      const tree = new vscode.TreeItem(STATUS_LABEL[node.status], vscode.TreeItemCollapsibleState.Expanded);
      tree.description = `${node.items.length}${overdue > 0 ? ` · ${overdue} overdue` : ''}`;
      tree.iconPath = overdue > 0 ? OVERDUE_ICON : STATUS_ICON[node.status];
      return tree;
    }
    if (node.kind === 'due') {
      const tree = new vscode.TreeItem(node.due ? `Due ${node.due}` : 'No due date', vscode.TreeItemCollapsibleState.Expanded);
      tree.description = String(node.items.length);
      tree.iconPath = node.items.some((i) => i.overdue) ? OVERDUE_ICON : new vscode.ThemeIcon('calendar');
      return tree;
    }
    const item = node.item;
    const tree = new vscode.TreeItem(item.id, vscode.TreeItemCollapsibleState.None);
    tree.description = describe(item);
    tree.iconPath = item.overdue ? OVERDUE_ICON : STATUS_ICON[item.status];
    tree.contextValue = item.status === 'open' ? 'commitment.open' : 'commitment';
    // Ids, quotes and titles come from documents: they go in as text, never as Markdown, so a crafted
    // front matter cannot put links or remote images into the tooltip.
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown('**');
    tooltip.appendText(item.id);
    tooltip.appendMarkdown(`** — ${item.overdue ? 'overdue' : item.status}\n\n`);
    tooltip.appendText(item.quote);
    tooltip.appendMarkdown('\n\n');
    tooltip.appendText(`${item.documentTitle ?? item.documentUri}${item.documentDate ? ` (${item.documentDate})` : ''}`);
    tree.tooltip = tooltip;
    const range = new vscode.Range(item.range.start.line, item.range.start.character, item.range.end.line, item.range.end.character);
    tree.command = { title: 'Open commitment', command: 'vscode.open', arguments: [vscode.Uri.parse(item.documentUri), { selection: range }] };
    return tree;
  }
}

/**
 * Registers the view, its refresh command and `policyLens.openDocument`. The view is refreshed when
 * the server says its index changed (extension.ts), which covers edits, files changed on disk and the
 * end of the first scan.
 */
export function registerCommitmentsView(getClient: () => LanguageClient | undefined): { provider: CommitmentsProvider; disposables: vscode.Disposable[] } {
  const provider = new CommitmentsProvider(getClient);
  const disposables = [
    vscode.window.registerTreeDataProvider('policyLens.commitments', provider),
    vscode.commands.registerCommand('policyLens.refreshCommitments', () => provider.refresh()),
    vscode.commands.registerCommand('policyLens.openDocument', async (uri: string) => {
      await vscode.window.showTextDocument(vscode.Uri.parse(uri), { preview: true });
    }),
  ];
  return { provider, disposables };
}
