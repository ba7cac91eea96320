//! Mini Program categories and their qualifications.

mod add_category;
mod delete_category;
mod get_all_categories;
mod get_all_categories_by_type;
mod get_all_category_name;
mod get_setting_categories;
mod modify_category;

pub use add_category::{AddCategory, AddCategoryError, CategoryToAdd};
pub use delete_category::{DeleteCategory, DeleteCategoryError};
pub use get_all_categories::{
    AllCategories, CategoryNode, CategoryTree, GetAllCategories, GetAllCategoriesError,
};
pub use get_all_categories_by_type::{
    CategoriesByType, CategoryQualify, GetAllCategoriesByType, GetAllCategoriesByTypeError, QualifyDocument,
    QualifyGroup, SettableCategories, SettableCategory,
};
pub use get_all_category_name::{CategoryName, CategoryNames, GetAllCategoryName, GetAllCategoryNameError};
pub use get_setting_categories::{
    GetSettingCategories, GetSettingCategoriesError, SettingCategories, SettingCategory,
};
pub use modify_category::{Certificate, ModifyCategory, ModifyCategoryError};
