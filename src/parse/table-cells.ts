// mdast-util-to-nlcst always skips GFM tables, so a stigmatising phrase in a
// table cell would never be seen. This turns every cell into a paragraph of
// its own (its words keep their positions in the file) before the bridge runs.
import type {Root, RootContent, Paragraph} from 'mdast'

export default function remarkTableCellsAsParagraphs() {
  return (tree: Root) => {
    const visit = (parent: {children: RootContent[]}) => {
      for (let i = 0; i < parent.children.length; i++) {
        const node = parent.children[i]!
        if (node.type === 'table') {
          const cells: Paragraph[] = node.children.flatMap((row) =>
            row.children.map((cell) => ({type: 'paragraph', children: cell.children, ...(cell.position ? {position: cell.position} : {})}) as Paragraph)
          )
          parent.children.splice(i, 1, ...cells)
          i += cells.length - 1
        } else if ('children' in node && Array.isArray(node.children)) {
          visit(node as {children: RootContent[]})
        }
      }
    }
    visit(tree)
  }
}
