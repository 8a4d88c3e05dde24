//! The countries of an event, interned: every event that names the same
//! countries shares one list, so a million events do not each allocate one.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::sync::{Arc, LazyLock, Mutex, PoisonError};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Country names (or other place names from structured sources), in the
/// order they were found. Cloning is cheap (a reference count).
///
/// Lists are interned for the life of the process: the distinct lists are
/// few (the gazetteer's countries and their combinations in a passage).
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct Places(Option<Arc<[Arc<str>]>>);

#[derive(Default)]
struct Interner {
    names: HashSet<Arc<str>>,
    /// Lists by their names joined with U+001F.
    lists: HashMap<String, Arc<[Arc<str>]>>,
}

static INTERNER: LazyLock<Mutex<Interner>> = LazyLock::new(Mutex::default);

impl Places {
    /// The interned list of `names` (empty: no allocation).
    pub fn new<S: AsRef<str>>(names: impl IntoIterator<Item = S>) -> Self {
        let names: Vec<S> = names.into_iter().collect();
        if names.is_empty() {
            return Self(None);
        }
        if names.iter().any(|n| n.as_ref().contains('\u{1f}')) {
            // Not interned: the key could not tell such lists apart.
            return Self(Some(names.iter().map(|n| Arc::from(n.as_ref())).collect()));
        }
        let mut key = String::with_capacity(names.iter().map(|n| n.as_ref().len() + 1).sum());
        for (i, name) in names.iter().enumerate() {
            if i > 0 {
                key.push('\u{1f}');
            }
            key.push_str(name.as_ref());
        }
        let mut interner = INTERNER.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(list) = interner.lists.get(&key) {
            return Self(Some(Arc::clone(list)));
        }
        let list: Arc<[Arc<str>]> = names
            .iter()
            .map(|name| {
                let name = name.as_ref();
                if let Some(shared) = interner.names.get(name) {
                    Arc::clone(shared)
                } else {
                    let shared: Arc<str> = Arc::from(name);
                    interner.names.insert(Arc::clone(&shared));
                    shared
                }
            })
            .collect();
        interner.lists.insert(key, Arc::clone(&list));
        Self(Some(list))
    }

    /// The names.
    pub fn as_slice(&self) -> &[Arc<str>] {
        self.0.as_deref().unwrap_or(&[])
    }

    /// The names, as text.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &str> + ExactSizeIterator {
        self.as_slice().iter().map(|name| &**name)
    }

    pub fn len(&self) -> usize {
        self.as_slice().len()
    }

    pub fn is_empty(&self) -> bool {
        self.as_slice().is_empty()
    }

    /// The first name, if any.
    pub fn first(&self) -> Option<&str> {
        self.iter().next()
    }

    /// Whether `name` is one of the names.
    pub fn contains(&self, name: &str) -> bool {
        self.iter().any(|n| n == name)
    }

    /// The names joined with `separator`.
    pub fn join(&self, separator: &str) -> String {
        self.iter().collect::<Vec<_>>().join(separator)
    }

    /// The names as owned strings.
    pub fn to_vec(&self) -> Vec<String> {
        self.iter().map(str::to_owned).collect()
    }
}

impl fmt::Debug for Places {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<S: AsRef<str>> FromIterator<S> for Places {
    fn from_iter<I: IntoIterator<Item = S>>(iter: I) -> Self {
        Self::new(iter)
    }
}

impl From<Vec<String>> for Places {
    fn from(names: Vec<String>) -> Self {
        Self::new(names)
    }
}

impl Serialize for Places {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for Places {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::<String>::deserialize(deserializer).map(Self::new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_lists_share_one_allocation() {
        let a = Places::new(["Niger", "Mali"]);
        let b = Places::new(vec!["Niger".to_owned(), "Mali".to_owned()]);
        assert_eq!(a, b);
        assert!(Arc::ptr_eq(a.0.as_ref().unwrap(), b.0.as_ref().unwrap()));
        assert_eq!(a.iter().collect::<Vec<_>>(), ["Niger", "Mali"]);
        assert_ne!(a, Places::new(["Mali", "Niger"]));
        // The names are shared between lists too.
        let c = Places::new(["Mali"]);
        assert!(Arc::ptr_eq(&a.as_slice()[1], &c.as_slice()[0]));
    }

    #[test]
    fn empty_and_serde() {
        let empty = Places::new(Vec::<String>::new());
        assert!(empty.is_empty());
        assert_eq!(empty, Places::default());
        let p = Places::new(["Chad", "Sudan"]);
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(json, r#"["Chad","Sudan"]"#);
        let back: Places = serde_json::from_str(&json).unwrap();
        assert_eq!(back, p);
        assert_eq!(p.join(", "), "Chad, Sudan");
        assert_eq!(p.first(), Some("Chad"));
    }
}
