import ConcordStore
import ConcordTerminal

/// The `/` search overlay: what was asked, what was found, which hit is selected.
public struct SearchResultsModel: Sendable, Hashable {
    public var query: String
    public var hits: [SearchHit]
    public var list: ListState

    public init(query: String, hits: [SearchHit], visibleHeight: Int) {
        self.query = query
        self.hits = hits
        self.list = ListState(itemCount: hits.count, selected: hits.isEmpty ? nil : 0)
        self.list.setVisibleHeight(max(1, visibleHeight))
    }

    public var selectedHit: SearchHit? {
        guard let index = list.selected, hits.indices.contains(index) else { return nil }
        return hits[index]
    }
}
